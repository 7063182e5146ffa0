/**
 * Fact families as plug-ins: {@link org.w3id.dkg.loader.family.FactFamily} (one kind of fact: its extractor,
 * its RDF mapping, its table of expected facts), found through {@link java.util.ServiceLoader} by
 * {@link org.w3id.dkg.loader.family.FactFamilies} and run in their order. Each family lives in a sub-package
 * of its own, with its French (and, later, other languages') rule files beside its classes.
 */
package org.w3id.dkg.loader.family;
