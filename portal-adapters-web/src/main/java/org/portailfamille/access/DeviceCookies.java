package org.portailfamille.access;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/**
 * Device cookies (ADR 0034, OWASP "slow down online guessing attacks with device cookies"): after a successful login
 * the browser gets a signed cookie naming the account; a later login to that account from that browser is throttled
 * on its own counter, so that wrong passwords typed by a stranger never lock the owner out. The key comes from
 * {@code portal.login.device-secret} (to share between instances; random per instance when unset).
 */
@Component
public class DeviceCookies {

    public static final String NAME = "PORTAIL_APPAREIL";
    static final Duration LIFETIME = Duration.ofDays(180);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] key;

    DeviceCookies(@Value("${portal.login.device-secret:}") String secret) {
        if (secret.isBlank()) {
            this.key = new byte[32];
            RANDOM.nextBytes(this.key);
        } else {
            this.key = secret.getBytes(StandardCharsets.UTF_8);
        }
    }

    /** Gives the browser its device cookie for this account (HttpOnly, SameSite=Lax, Secure behind TLS). */
    public void issue(String username, HttpServletRequest request, HttpServletResponse response) {
        byte[] id = new byte[16];
        RANDOM.nextBytes(id);
        String device = Base64.getUrlEncoder().withoutPadding().encodeToString(id);
        String value = device + "." + sign(device, username);
        response.addHeader("Set-Cookie", ResponseCookie.from(NAME, value).httpOnly(true).secure(request.isSecure())
                .sameSite("Lax").path("/").maxAge(LIFETIME).build().toString());
    }

    /** The device id of the request's cookie when it was issued for this account; empty otherwise. */
    public Optional<String> trustedDevice(HttpServletRequest request, String username) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null || username == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (NAME.equals(cookie.getName()) && cookie.getValue() != null && cookie.getValue().length() < 200) {
                String[] parts = cookie.getValue().split("\\.");
                if (parts.length == 2 && MessageDigest.isEqual(sign(parts[0], username).getBytes(StandardCharsets.US_ASCII),
                        parts[1].getBytes(StandardCharsets.US_ASCII))) {
                    return Optional.of(parts[0]);
                }
            }
        }
        return Optional.empty();
    }

    private String sign(String device, String username) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            String signed = device + "|" + username.strip().toLowerCase(Locale.ROOT);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
