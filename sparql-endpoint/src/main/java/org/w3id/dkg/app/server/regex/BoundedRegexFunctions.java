package org.w3id.dkg.app.server.regex;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionBase;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.sparql.util.Context;

/**
 * Puts the bounded {@code REGEX} and {@code REPLACE} in place of Jena's: {@link #install}
 * registers them in a dataset's context (not process-wide), and {@link #rewrite} turns every
 * {@code REGEX(...)} and {@code REPLACE(...)} of a parsed query into a call of them, with the
 * same arguments and the same answers on every pattern RE2/J or Java accepts.
 */
public final class BoundedRegexFunctions {
    static final String REGEX = "urn:dkg:function:regex";
    static final String REPLACE = "urn:dkg:function:replace";

    private BoundedRegexFunctions() {}

    /** Registers the functions for queries over the dataset whose context is {@code context}. */
    public static void install(Context context) {
        FunctionRegistry registry = FunctionRegistry.createFrom(FunctionRegistry.get(context));
        registry.put(REGEX, Regex.class);
        registry.put(REPLACE, Replace.class);
        FunctionRegistry.set(context, registry);
    }

    /** {@code query} with each REGEX and REPLACE replaced by its bounded version. */
    public static Query rewrite(Query query) {
        Query rewritten = QueryTransformOps.transform(query, new ElementTransformCopyBase(), new ExprTransformCopy() {
            @Override
            public Expr transform(ExprFunctionN func, ExprList args) {
                if (func instanceof E_Regex) {
                    return new E_Function(REGEX, args);
                }
                if (func instanceof E_StrReplace) {
                    return new E_Function(REPLACE, args);
                }
                return super.transform(func, args);
            }
        });
        rewritten.setResultVars();
        return rewritten;
    }

    private static AtomicBoolean cancelSignal(FunctionEnv env) {
        return env instanceof ExecutionContext execution ? execution.getCancelSignal() : null;
    }

    private static String string(String function, NodeValue value) {
        Node node = value.asNode();
        if (!node.isLiteral() || !(value.isString() || value.isLangString())) {
            throw new ExprEvalException(function + ": not a string: " + value);
        }
        return node.getLiteralLexicalForm();
    }

    /** The pattern compiled once when pattern and flags are constants, else per call. */
    private abstract static class PatternFunction extends FunctionBase {
        private final String name;
        private final int patternArg;
        private final int flagsArg;
        private BoundedPattern constant;

        PatternFunction(String name, int patternArg, int flagsArg) {
            this.name = name;
            this.patternArg = patternArg;
            this.flagsArg = flagsArg;
        }

        @Override
        public void build(String uri, ExprList args, Context context) {
            super.build(uri, args, context);
            Expr pattern = args.get(patternArg);
            Expr flags = args.size() > flagsArg ? args.get(flagsArg) : null;
            if (pattern.isConstant() && (flags == null || flags.isConstant())) {
                try {
                    constant = BoundedPattern.compile(string(name, pattern.getConstant()),
                            flags == null ? null : string(name, flags.getConstant()));
                } catch (ExprEvalException e) {
                    constant = null; // the same error, raised per call as Jena does
                }
            }
        }

        BoundedPattern pattern(List<NodeValue> args) {
            if (constant != null) {
                return constant;
            }
            return BoundedPattern.compile(string(name, args.get(patternArg)),
                    args.size() > flagsArg ? string(name, args.get(flagsArg)) : null);
        }

        @Override
        public NodeValue exec(List<NodeValue> args) {
            return exec(args, null);
        }
    }

    /** {@code REGEX(text, pattern [, flags])}. */
    public static final class Regex extends PatternFunction {
        public Regex() {
            super("REGEX", 1, 2);
        }

        @Override
        public void checkBuild(String uri, ExprList args) {
            if (args.size() < 2 || args.size() > 3) {
                throw new org.apache.jena.query.QueryBuildException("REGEX: two or three arguments");
            }
        }

        @Override
        protected NodeValue exec(List<NodeValue> args, FunctionEnv env) {
            String text = string("REGEX", args.get(0));
            return NodeValue.booleanReturn(pattern(args).find(new CancellableText(text, cancelSignal(env))));
        }
    }

    /** {@code REPLACE(text, pattern, replacement [, flags])}; the answer keeps the text's language tag. */
    public static final class Replace extends PatternFunction {
        public Replace() {
            super("REPLACE", 1, 3);
        }

        @Override
        public void checkBuild(String uri, ExprList args) {
            if (args.size() < 3 || args.size() > 4) {
                throw new org.apache.jena.query.QueryBuildException("REPLACE: three or four arguments");
            }
        }

        @Override
        protected NodeValue exec(List<NodeValue> args, FunctionEnv env) {
            NodeValue input = args.get(0);
            String text = string("REPLACE", input);
            String replacement = string("REPLACE", args.get(2));
            String result = pattern(args).replaceAll(new CancellableText(text, cancelSignal(env)), replacement);
            String lang = input.asNode().getLiteralLanguage();
            return lang == null || lang.isEmpty() ? NodeValue.makeString(result) : NodeValue.makeLangString(result, lang);
        }
    }
}
