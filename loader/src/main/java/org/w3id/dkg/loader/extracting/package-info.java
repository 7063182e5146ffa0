/**
 * The machinery the fact families share: a document as the extractors see it (segments, recognised spans, sentences annotated with tokens such as {@code ⟦S3⟧}), the one token vocabulary ({@link org.w3id.dkg.loader.extracting.TokenKind}), rule files and their macros, the rule prefilter, evidence, and document metadata. It knows no fact type: those are the plug-ins of {@code org.w3id.dkg.loader.family}.
 */
package org.w3id.dkg.loader.extracting;
