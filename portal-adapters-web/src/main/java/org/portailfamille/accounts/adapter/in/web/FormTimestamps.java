package org.portailfamille.accounts.adapter.in.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * Signed "form shown at" stamps for public forms: a robot that posts at once, or replays an old form, is told
 * apart from a person without any third-party service. The key comes from
 * {@code portal.registration.form-secret} (random per instance when unset).
 */
@Component
public class FormTimestamps {

    private final byte[] key;
    private final Clock clock;

    FormTimestamps(@Value("${portal.registration.form-secret:}") String secret, Clock clock) {
        if (secret.isBlank()) {
            this.key = new byte[32];
            new SecureRandom().nextBytes(this.key);
        } else {
            this.key = secret.getBytes(StandardCharsets.UTF_8);
        }
        this.clock = clock;
    }

    /** A stamp for now, good only with this {@code binding} (a random value kept in the visitor's session). */
    public String stamp(String binding) {
        return stampAt(clock.instant(), binding);
    }

    /** A stamp for a given instant (also lets tests stand for a person who took their time). */
    public String stampAt(Instant shownAt, String binding) {
        String signed = shownAt.toEpochMilli() + "." + binding;
        return signed + "." + sign(signed);
    }

    /** The binding a stamp was made for (the part between its time and its signature); empty when malformed. */
    public static String bindingOf(String stamp) {
        String[] parts = stamp == null ? new String[0] : stamp.split("\\.");
        return parts.length == 3 ? parts[1] : "";
    }

    /**
     * How long ago the form was shown, when the stamp is genuine and was made for this {@code binding} (issue 13,
     * finding 9: a stamp copied into another session, or replayed from anywhere, is refused).
     */
    public Optional<Duration> age(String stamp, String binding) {
        if (stamp == null || stamp.length() > 200 || binding.isEmpty()) {
            return Optional.empty();
        }
        String[] parts = stamp.split("\\.");
        if (parts.length != 3 || !parts[0].matches("\\d{1,15}") || !parts[1].equals(binding)) {
            return Optional.empty();
        }
        String signed = parts[0] + "." + parts[1];
        if (!MessageDigest.isEqual(sign(signed).getBytes(StandardCharsets.US_ASCII),
                parts[2].getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(Instant.ofEpochMilli(Long.parseLong(parts[0])), clock.instant()));
    }

    private String sign(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
