package org.w3id.dkg.app;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A plain HTTP client for the tests (no Jena on the client side). */
final class Http {
    static final HttpClient CLIENT = HttpClient.newHttpClient();
    private final String base;

    Http(String base) {
        this.base = base;
    }

    HttpResponse<String> get(String path, String accept) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", accept).GET());
    }

    HttpResponse<byte[]> getBytes(String path) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<String> post(String path, String type, String body, String accept, String auth) throws Exception {
        return send(with(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", type).header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString(body)), auth));
    }

    HttpResponse<String> method(String method, String path, String type, String body, String auth) throws Exception {
        return send(with(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", type)
                .method(method, HttpRequest.BodyPublishers.ofString(body)), auth));
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static HttpRequest.Builder with(HttpRequest.Builder b, String auth) {
        return auth == null ? b : b.header("Authorization", auth);
    }

    private static HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
        return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
