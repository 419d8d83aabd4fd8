package org.portailfamille.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A minimal browser over real HTTP: its own cookie jar, no redirect following, and its own client address,
 * given to the portal as {@code X-Forwarded-For} (Tomcat's RemoteIpValve trusts the loopback proxy), so that
 * the per-address login throttle of one test never touches another test's, nor the browser tests' 127.0.0.1.
 */
public final class Browser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*?value=\"([^\"]+)\"");
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private final String base;
    private final String address;
    private final Map<String, String> cookies = new LinkedHashMap<>();

    private final Map<String, String> extraHeaders;

    public Browser(int port, String address) {
        this(port, address, Map.of());
    }

    /** A browser that adds these headers to each request (e.g. {@code X-Forwarded-Proto: https}). */
    public Browser(int port, String address, Map<String, String> extraHeaders) {
        this.base = "http://localhost:" + port;
        this.address = address;
        this.extraHeaders = Map.copyOf(extraHeaders);
    }

    public String address() {
        return address;
    }

    public Optional<String> cookie(String name) {
        return Optional.ofNullable(cookies.get(name));
    }

    public void setCookie(String name, String value) {
        cookies.put(name, value);
    }

    public void clearCookies() {
        cookies.clear();
    }

    public Response get(String path) {
        return send(request(path).GET());
    }

    /** A GET whose body is binary (a PDF): status, headers and the bytes. */
    public BinaryResponse getBytes(String path) {
        try {
            HttpResponse<byte[]> response = CLIENT.send(request(path).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return new BinaryResponse(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record BinaryResponse(int status, Map<String, List<String>> headers, byte[] body) {

        public String header(String name) {
            return headers.entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .flatMap(entry -> entry.getValue().stream()).findFirst().orElse(null);
        }
    }

    public Response request(String method, String path) {
        return send(request(path).method(method, HttpRequest.BodyPublishers.noBody()));
    }

    /** Posts the form as is: no CSRF token unless the caller put one in. */
    public Response post(String path, Map<String, String> form) {
        return postRaw(path, encode(form));
    }

    public Response postRaw(String path, String urlEncodedBody) {
        return send(request(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(urlEncodedBody)));
    }

    /** Posts a multipart form (as a form with a file input sends it): the fields, then one file. */
    public Response postMultipart(String path, Map<String, String> fields, String fileField, String fileName,
                                  String contentType, byte[] content) {
        String boundary = "----PortailFamille" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField
                + "\"; filename=\"" + fileName + "\"\r\nContent-Type: " + contentType + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request(path)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    public Response sendWithBody(String method, String path, Map<String, String> form) {
        return send(request(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .method(method, HttpRequest.BodyPublishers.ofString(encode(form))));
    }

    /** The CSRF token of a page's forms, read from the page as a browser would. */
    public String csrfTokenFrom(String pagePath) {
        Response page = get(pagePath);
        return page.csrfToken().orElseThrow(() -> new AssertionError(
                "No CSRF token on " + pagePath + " (status " + page.status() + ", location " + page.location() + ")"));
    }

    /** Posts the form with the CSRF token read from {@code pagePath}, as submitting that page's form would. */
    public Response submit(String pagePath, String action, Map<String, String> form) {
        Map<String, String> withToken = new LinkedHashMap<>(form);
        withToken.put("_csrf", csrfTokenFrom(pagePath));
        return post(action, withToken);
    }

    public Response logIn(String username, String password) {
        return submit("/connexion", "/connexion", Map.of("identifiant", username, "motDePasse", password));
    }

    public Response logOut(String pageWithLogoutForm) {
        return submit(pageWithLogoutForm, "/deconnexion", Map.of());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(60))
                .header("X-Forwarded-For", address)
                .header("Accept", "text/html,application/xhtml+xml")
                .header("Accept-Language", "fr-FR");
        extraHeaders.forEach(builder::header);
        if (!cookies.isEmpty()) {
            builder.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        return builder;
    }

    private Response send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = CLIENT.send(builder.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            for (String setCookie : response.headers().allValues("Set-Cookie")) {
                remember(setCookie);
            }
            return new Response(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void remember(String setCookie) {
        String[] parts = setCookie.split(";");
        int eq = parts[0].indexOf('=');
        String name = parts[0].substring(0, eq).strip();
        String value = parts[0].substring(eq + 1).strip();
        boolean expired = value.isEmpty();
        for (int i = 1; i < parts.length; i++) {
            String attribute = parts[i].strip().toLowerCase();
            if (attribute.equals("max-age=0") || attribute.startsWith("expires=thu, 01 jan 1970")) {
                expired = true;
            }
        }
        if (expired) {
            cookies.remove(name);
        } else {
            cookies.put(name, value);
        }
    }

    static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** An HTTP answer. */
    public record Response(int status, Map<String, List<String>> headers, String body) {

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).findFirst().orElse(null);
        }

        public List<String> headers(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).toList();
        }

        /** The path (and query) of the Location header, without scheme and host; null when none. */
        public String location() {
            String location = header("Location");
            if (location == null) {
                return null;
            }
            URI uri = URI.create(location);
            if (uri.getHost() == null) {
                return location;
            }
            return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        }

        public boolean isRedirectTo(String path) {
            return (status == 302 || status == 303) && location() != null
                    && (location().equals(path) || location().startsWith(path + "?"));
        }

        public Optional<String> csrfToken() {
            Matcher matcher = CSRF.matcher(body);
            return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
        }

        /** The text of the page's main content, tags and CSRF tokens removed, spaces collapsed. */
        public String mainText() {
            int start = body.indexOf("<main");
            int end = body.indexOf("</main>");
            String main = start >= 0 && end > start ? body.substring(start, end) : body;
            return main.replaceAll("(?s)<[^>]*>", " ")
                    .replace("&#39;", "'").replace("&quot;", "\"").replace("&amp;", "&")
                    .replaceAll("\\s+", " ").strip();
        }

        @Override
        public String toString() {
            return "HTTP " + status + (location() == null ? "" : " → " + location());
        }
    }
}
