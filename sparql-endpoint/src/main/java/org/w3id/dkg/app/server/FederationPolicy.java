package org.w3id.dkg.app.server;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.service.single.ChainingServiceExecutor;
import org.apache.jena.sparql.service.single.ServiceExecutor;
import org.apache.jena.sparql.util.Context;

/**
 * SPARQL {@code SERVICE} (federation) is off unless the endpoint is on an allowlist of URL
 * prefixes ({@code dkg.federation.allow}). Jena lets any query call any URL by default,
 * which would let anyone on the internet make this server send requests inside its network
 * (server-side request forgery). So {@link #applyTo} switches HTTP services off in the served
 * dataset's context and puts this policy first in that dataset's service executor chain: a
 * call to an allowed endpoint is made with HTTP allowed for that call only; any other call
 * fails with {@link Refused}, which the query endpoint answers with {@code 403}. The policy
 * is per dataset, like the query timeout, so that it leaves every other use of Jena in the
 * same process (the command line, a second server in a test) as it found it.
 */
public final class FederationPolicy implements ChainingServiceExecutor {
    private final List<String> allowed;

    private FederationPolicy(List<String> allowed) {
        this.allowed = allowed.stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    /** The policy allowing the endpoints whose URLs start with one of {@code allowedPrefixes}. */
    public static FederationPolicy of(List<String> allowedPrefixes) {
        return new FederationPolicy(allowedPrefixes);
    }

    /** Applies the policy to the queries over the dataset whose context is {@code context}, replacing any earlier one. */
    public FederationPolicy applyTo(Context context) {
        context.set(ARQ.httpServiceAllowed, false);
        ServiceExecutorRegistry registry = ServiceExecutorRegistry.createFrom(ServiceExecutorRegistry.standardRegistry());
        registry.getSingleChain().removeIf(link -> link instanceof FederationPolicy);
        registry.getSingleChain().add(0, this);
        ServiceExecutorRegistry.set(context, registry);
        return this;
    }

    public List<String> allowed() {
        return allowed;
    }

    /** True when {@code url} starts with an allowed prefix. */
    public boolean allows(String url) {
        return url != null && allowed.stream().anyMatch(url::startsWith);
    }

    @Override
    public QueryIterator createExecution(OpService opExecute, OpService opOriginal, Binding binding,
            ExecutionContext execCxt, ServiceExecutor chain) {
        Node service = opExecute.getService();
        String url = service.isURI() ? service.getURI() : null;
        if (!allows(url)) {
            throw new Refused("SERVICE " + (url == null ? service.toString() : "<" + url + ">")
                    + " refused: this server calls only the endpoints on its federation allowlist "
                    + (allowed.isEmpty() ? "(empty: federation is off)" : allowed) + " (dkg.federation.allow).");
        }
        Context context = execCxt.getContext().copy();
        context.set(ARQ.httpServiceAllowed, true);
        ExecutionContext allowedCxt = new ExecutionContext(context, execCxt.getActiveGraph(), execCxt.getDataset(),
                execCxt.getExecutor(), execCxt.getCancelSignal());
        return chain.createExecution(opExecute, opOriginal, binding, allowedCxt);
    }

    /** The refusal found in {@code e} or its causes, or null. */
    public static Refused refusal(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof Refused r) {
                return r;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }

    /** A SERVICE call to an endpoint that is not allowed. */
    public static final class Refused extends RuntimeException {
        public Refused(String message) {
            super(message);
        }
    }
}
