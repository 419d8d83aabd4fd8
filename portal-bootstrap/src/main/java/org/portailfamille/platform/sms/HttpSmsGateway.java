package org.portailfamille.platform.sms;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A production SMS gateway over HTTP (JDK HttpClient), for providers with a simple JSON API:
 * <pre>
 * POST {baseUrl}/messages   Authorization: Bearer {apiKey}   Idempotency-Key: {reference}
 *   {"to": "+33612345678", "text": "...", "sender": "...", "reference": "..."}
 *   → 200/201/202 {"id": "...", "status": "accepted" | "delivered" | "failed"}
 * GET  {baseUrl}/messages/{id} → {"id": "...", "status": "..."}
 * </pre>
 * 4xx answers are permanent failures (bad number, refused content), except 408 and 429; 5xx, time-outs and network
 * errors are retried by the outbox.
 */
public class HttpSmsGateway implements SmsGateway {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"([A-Za-z_]+)\"");

    private final HttpClient client;
    private final URI baseUrl;
    private final String apiKey;
    private final String sender;
    private final Duration timeout;

    public HttpSmsGateway(String baseUrl, String apiKey, String sender, Duration timeout) {
        if (baseUrl.isBlank()) {
            throw new IllegalArgumentException("portal.sms.http.base-url is required for the HTTP SMS gateway");
        }
        this.baseUrl = URI.create(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/");
        this.apiKey = apiKey;
        this.sender = sender;
        this.timeout = timeout;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    @Override
    public SmsReceipt send(String phoneNumber, String text, String reference) throws SmsGatewayException {
        String json = "{\"to\":" + quote(phoneNumber) + ",\"text\":" + quote(text) + ",\"sender\":" + quote(sender)
                + ",\"reference\":" + quote(reference) + "}";
        HttpRequest request = HttpRequest.newBuilder(baseUrl.resolve("messages")).timeout(timeout)
                .header("Authorization", "Bearer " + apiKey)
                .header("Content-Type", "application/json; charset=utf-8")
                .header("Idempotency-Key", reference)
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build();
        HttpResponse<String> response = exchange(request);
        String id = find(ID, response.body()).orElseThrow(() -> new SmsGatewayException(
                "SMS gateway answered without an id: " + abbreviate(response.body()), false));
        SmsStatus status = find(STATUS, response.body()).map(HttpSmsGateway::statusOf).orElse(SmsStatus.ACCEPTED);
        return new SmsReceipt(id, status, status == SmsStatus.FAILED ? abbreviate(response.body()) : "");
    }

    @Override
    public Optional<SmsStatus> status(String providerId) throws SmsGatewayException {
        HttpRequest request = HttpRequest.newBuilder(baseUrl.resolve("messages/"
                        + java.net.URLEncoder.encode(providerId, StandardCharsets.UTF_8))).timeout(timeout)
                .header("Authorization", "Bearer " + apiKey).GET().build();
        try {
            return find(STATUS, exchange(request).body()).map(HttpSmsGateway::statusOf);
        } catch (SmsGatewayException e) {
            if (e.permanent()) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private HttpResponse<String> exchange(HttpRequest request) throws SmsGatewayException {
        HttpResponse<String> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new SmsGatewayException("SMS gateway unreachable: " + e.getMessage(), false, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SmsGatewayException("Interrupted", false, e);
        }
        int code = response.statusCode();
        if (code >= 200 && code < 300) {
            return response;
        }
        boolean permanent = code >= 400 && code < 500 && code != 408 && code != 429;
        throw new SmsGatewayException("SMS gateway answered " + code + ": " + abbreviate(response.body()), permanent);
    }

    private static SmsStatus statusOf(String status) {
        return switch (status.toLowerCase(java.util.Locale.ROOT)) {
            case "delivered" -> SmsStatus.DELIVERED;
            case "failed", "rejected", "undeliverable" -> SmsStatus.FAILED;
            default -> SmsStatus.ACCEPTED;
        };
    }

    private static Optional<String> find(Pattern pattern, String body) {
        Matcher matcher = pattern.matcher(body);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    private static String abbreviate(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }

    static String quote(String value) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
    }
}
