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

    public String stamp() {
        return stampAt(clock.instant());
    }

    /** A stamp for a given instant (also lets tests stand for a person who took their time). */
    public String stampAt(Instant shownAt) {
        String millis = Long.toString(shownAt.toEpochMilli());
        return millis + "." + sign(millis);
    }

    /** How long ago the form was shown, when the stamp is genuine. */
    public Optional<Duration> age(String stamp) {
        if (stamp == null || stamp.length() > 100 || stamp.indexOf('.') < 1) {
            return Optional.empty();
        }
        String millis = stamp.substring(0, stamp.indexOf('.'));
        String signature = stamp.substring(stamp.indexOf('.') + 1);
        if (!millis.matches("\\d{1,15}") || !MessageDigest.isEqual(sign(millis).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(Instant.ofEpochMilli(Long.parseLong(millis)), clock.instant()));
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
