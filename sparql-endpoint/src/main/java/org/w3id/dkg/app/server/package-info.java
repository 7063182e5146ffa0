/**
 * The server around Fuseki: Spring Boot wiring, security (read-only public endpoints, admin writes), and the
 * filters that keep a public endpoint standing and conformant — admission queue, time and memory bounds,
 * request size limits, charset and malformed-request checks before any login question, Graph Store creation
 * and multipart handling as the W3C protocols require, union default graph, caching validators, CORS.
 */
package org.w3id.dkg.app.server;
