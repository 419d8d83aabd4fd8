package org.portailfamille.billing.adapter.out.payfip;

import org.jspecify.annotations.Nullable;
import org.portailfamille.billing.application.port.out.PaymentGateway;
import org.portailfamille.billing.domain.ProviderResult;
import org.portailfamille.shared.Money;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The production adapter of {@link PaymentGateway}, after the treasury's PayFiP hosted-payment flow (ADR 0027):
 * <ol>
 *     <li>create: {@code POST {provider}/api/operations} with the régie's client id ({@code numcli}), the year
 *     ({@code exer}), the invoice reference ({@code refdet}), the amount in cents ({@code montant}), the notification
 *     and return addresses; answers the operation id ({@code idop}); the family goes to
 *     {@code {provider}/paiement?idop=…};</li>
 *     <li>the provider notifies {@code urlnotif} server to server with {@code idop} and an HMAC-SHA256
 *     {@code signature} of "notification:" + idop under the shared secret: checked here in constant time;</li>
 *     <li>status: {@code GET {provider}/api/operations/{idop}}: {@code resultrans} P (paid), R (refused), A
 *     (abandoned), E (still in progress), with {@code montant}, {@code numauto}, {@code dattrans}, {@code mode}.</li>
 * </ol>
 * Requests to the provider are signed the same way (header {@code X-Signature}). Only the provider's base URL differs
 * between the real service and the demo's simulator.
 */
public class PayfipGateway implements PaymentGateway {

    static final Pattern OPERATION_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("ddMMyyyy");

    private final Supplier<URI> providerUrl;
    private final Supplier<URI> callbackUrl;
    private final String returnPath;
    private final byte[] secret;
    private final Function<String, String> clientIdOfRegie;
    private final HttpClient http;

    /**
     * @param providerUrl     the provider's base URL (resolved at each call: the demo's depends on the server port)
     * @param callbackUrl     the portal's public base URL (notification and return addresses)
     * @param returnPath      the path of the family's "paiement en cours" page, the operation id appended
     * @param secret          the shared secret of signatures
     * @param clientIdOfRegie the régie's client id at the provider, by régie prefix
     */
    public PayfipGateway(Supplier<URI> providerUrl, Supplier<URI> callbackUrl, String returnPath, String secret,
                         Function<String, String> clientIdOfRegie) {
        this.providerUrl = providerUrl;
        this.callbackUrl = callbackUrl;
        this.returnPath = returnPath;
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        this.clientIdOfRegie = clientIdOfRegie;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    @Override
    public CreatedOperation create(NewOperation operation) {
        URI callback = callbackUrl.get();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("numcli", clientIdOfRegie.apply(operation.regiePrefix()));
        form.put("exer", Integer.toString(operation.year()));
        form.put("refdet", operation.invoiceNumber());
        form.put("montant", cents(operation.amount()));
        form.put("objet", "Facture " + operation.invoiceNumber());
        form.put("urlnotif", callback.resolve("/paiement-en-ligne/notification").toString());
        form.put("urlredirect", callback.resolve(returnPath + operation.operationId()).toString());
        String body = encode(form);
        HttpRequest request = HttpRequest.newBuilder(providerUrl.get().resolve(base() + "api/operations"))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Signature", sign("create:" + body))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        Map<String, String> answer = send(request);
        String id = answer.getOrDefault("idop", "");
        if (!OPERATION_ID.matcher(id).matches()) {
            throw new ProviderUnavailable("No operation id in the provider's answer", null);
        }
        return new CreatedOperation(id, providerUrl.get().resolve(base() + "paiement?idop=" + id));
    }

    @Override
    public Optional<String> authenticate(Map<String, String> notification) {
        String id = notification.get("idop");
        String signature = notification.get("signature");
        if (id == null || signature == null || !OPERATION_ID.matcher(id).matches()) {
            return Optional.empty();
        }
        boolean authentic = MessageDigest.isEqual(sign("notification:" + id).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
        return authentic ? Optional.of(id) : Optional.empty();
    }

    @Override
    public ProviderStatus status(String providerOperationId) {
        if (!OPERATION_ID.matcher(providerOperationId).matches()) {
            throw new IllegalArgumentException("Not an operation id");
        }
        HttpRequest request = HttpRequest.newBuilder(providerUrl.get().resolve(base() + "api/operations/"
                        + providerOperationId))
                .timeout(Duration.ofSeconds(10))
                .header("X-Signature", sign("status:" + providerOperationId))
                .GET().build();
        Map<String, String> answer = send(request);
        if (!providerOperationId.equals(answer.get("idop"))) {
            throw new ProviderUnavailable("The provider answered about another operation", null);
        }
        ProviderResult result = switch (answer.getOrDefault("resultrans", "")) {
            case "P", "V" -> ProviderResult.PAID;
            case "R" -> ProviderResult.REFUSED;
            case "A", "Z" -> ProviderResult.ABANDONED;
            case "E", "" -> ProviderResult.IN_PROGRESS;
            default -> throw new ProviderUnavailable("Unknown result " + answer.get("resultrans"), null);
        };
        Money amount = parseCents(answer.get("montant"));
        LocalDate date = answer.get("dattrans") == null || answer.get("dattrans").isBlank() ? null
                : LocalDate.parse(answer.get("dattrans"), DATE);
        String transaction = answer.get("numauto") == null || answer.get("numauto").isBlank() ? null
                : answer.get("numauto");
        return new ProviderStatus(result, amount, "PRLV".equals(answer.get("mode")), transaction, date);
    }

    private String base() {
        String path = providerUrl.get().getPath();
        return path.endsWith("/") ? path : path + "/";
    }

    private Map<String, String> send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new ProviderUnavailable("The provider answered " + response.statusCode(), null);
            }
            return decode(response.body());
        } catch (IOException e) {
            throw new ProviderUnavailable("The provider cannot be reached", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProviderUnavailable("Interrupted", e);
        } catch (RuntimeException e) {
            if (e instanceof ProviderUnavailable unavailable) {
                throw unavailable;
            }
            throw new ProviderUnavailable("Unreadable answer", e);
        }
    }

    String sign(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String cents(Money amount) {
        return amount.amount().movePointRight(2).toBigIntegerExact().toString();
    }

    static @Nullable Money parseCents(@Nullable String cents) {
        if (cents == null || !cents.matches("[0-9]{1,12}")) {
            return null;
        }
        return new Money(new BigDecimal(cents).movePointLeft(2));
    }

    static String encode(Map<String, String> form) {
        return form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    static Map<String, String> decode(String body) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : body.strip().split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            values.put(key, value);
        }
        return values;
    }
}
