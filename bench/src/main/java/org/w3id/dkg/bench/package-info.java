/**
 * Benchmarks of dkg: a deterministic scale corpus, extraction throughput against the name matcher's limit,
 * loading against Jena's bulk loader, query latency against a stock Fuseki, and start-up time.
 * Run them with {@code bench/run.sh}; they write {@code bench/results/}.
 */
package org.w3id.dkg.bench;
