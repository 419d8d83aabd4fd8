package org.portailfamille.platform.payfip;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The demo's stand-in for the treasury's PayFiP service (ADR 0027): it keeps its operations in memory, shows its own
 * payment page, and notifies the portal server to server with signed notifications, after a delay, twice, or never
 * (lost), as the visitor chooses on its page. It knows nothing of the portal but the addresses it was given.
 */
public class PayfipSimulator {

    private static final Logger log = LoggerFactory.getLogger(PayfipSimulator.class);

    /** How the simulator notifies: once, twice (a duplicate), or never (a lost notification). */
    public enum Notification { ONCE, TWICE, LOST }

    /** An operation at the simulated provider. {@code result}: E (in progress), P, R or A. */
    public record Operation(String id, String clientId, String year, String reference, long cents, String subject,
                            URI notificationUrl, URI returnUrl, String result, @Nullable String mode,
                            @Nullable String authorisation, @Nullable LocalDate date) {

        Operation settled(String newResult, @Nullable String newMode, @Nullable String auth, @Nullable LocalDate day) {
            return new Operation(id, clientId, year, reference, cents, subject, notificationUrl, returnUrl, newResult,
                    newMode, auth, day);
        }
    }

    private final byte[] secret;
    private final Clock clock;
    private final Map<String, Operation> operations = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong(System.currentTimeMillis() % 1_000_000);
    private final ScheduledExecutorService notifier = Executors.newScheduledThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "payfip-simulator-notifier");
        thread.setDaemon(true);
        return thread;
    });
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public PayfipSimulator(String secret, Clock clock) {
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        this.clock = clock;
    }

    Operation create(Map<String, String> form) {
        String id = "SIM" + sequence.incrementAndGet() + Long.toString(System.nanoTime() % 100_000, 36).toUpperCase();
        long cents = Long.parseLong(form.getOrDefault("montant", "0"));
        if (cents <= 0) {
            throw new IllegalArgumentException("montant");
        }
        Operation operation = new Operation(id, form.getOrDefault("numcli", ""), form.getOrDefault("exer", ""),
                form.getOrDefault("refdet", ""), cents, form.getOrDefault("objet", ""),
                URI.create(form.get("urlnotif")), URI.create(form.get("urlredirect")), "E", null, null, null);
        operations.put(id, operation);
        return operation;
    }

    public Optional<Operation> operation(String id) {
        return Optional.ofNullable(operations.get(id));
    }

    /**
     * The family's choice on the payment page: paid (or refused) by card or single direct debit, or abandoned.
     * A settled operation stays as it is (a second submission changes nothing). Then the portal is notified.
     */
    public Optional<Operation> settle(String id, String result, @Nullable String mode, Notification notification,
                                      Duration delay) {
        Operation settled = operations.computeIfPresent(id, (key, op) -> !"E".equals(op.result()) ? op
                : op.settled(result, "A".equals(result) ? null : mode,
                "P".equals(result) ? "AUT" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase() : null,
                "P".equals(result) ? LocalDate.now(clock) : null));
        if (settled == null) {
            return Optional.empty();
        }
        int times = switch (notification) {
            case ONCE -> 1;
            case TWICE -> 2;
            case LOST -> 0;
        };
        for (int i = 0; i < times; i++) {
            if (delay.isZero() && i == 0) {
                notifyPortal(settled);
            } else {
                notifier.schedule(() -> notifyPortal(settled), delay.toMillis() + i * 200L, TimeUnit.MILLISECONDS);
            }
        }
        return Optional.of(settled);
    }

    /** Sends the signed notification; the portal answers 200 whatever it decides, 403 to a forged one. */
    public int notifyPortal(Operation operation) {
        String body = "idop=" + URLEncoder.encode(operation.id(), StandardCharsets.UTF_8) + "&signature="
                + sign("notification:" + operation.id());
        try {
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(operation.notificationUrl())
                    .timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode();
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            log.warn("Simulated notification of {} failed: {}", operation.id(), e.toString());
            return -1;
        }
    }

    boolean verify(String text, @Nullable String signature) {
        return signature != null && MessageDigest.isEqual(sign(text).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
    }

    /** The signature of a text under the shared secret (public for tests that play the provider). */
    public String sign(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    void shutdown() {
        notifier.shutdownNow();
    }
}
