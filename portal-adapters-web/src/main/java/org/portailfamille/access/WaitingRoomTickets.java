package org.portailfamille.access;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseCookie;
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

/**
 * The waiting room's ticket (ADR 0050): a login sent to the waiting room gets a signed cookie saying when its turn
 * comes; posted again from that moment (and for {@link #VALID_AFTER_TURN} after it), the login goes before the new
 * arrivals instead of taking the end of the line again. Sent only to {@code /connexion} (HttpOnly, SameSite=Strict),
 * signed with {@code portal.login.device-secret} (shared by the instances; random per instance when unset); it expires
 * {@link #VALID_AFTER_TURN} after its turn, and a login refused again gets a new one. It names no account and proves
 * only that its browser waited.
 */
@Component
public class WaitingRoomTickets {

    static final String COOKIE = "LOGIN-TOUR";
    /** How long after its turn a ticket still gives priority (a parent slow to type the password again). */
    static final Duration VALID_AFTER_TURN = Duration.ofMinutes(2);
    /** A browser may come back a little before its turn (the delay is given in whole seconds). */
    static final Duration EARLY = Duration.ofSeconds(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] key;
    private final Clock clock;

    @Autowired
    WaitingRoomTickets(@Value("${portal.login.device-secret:}") String secret) {
        this(secret, Clock.systemUTC());
    }

    WaitingRoomTickets(String secret, Clock clock) {
        this.clock = clock;
        if (secret == null || secret.isBlank()) {
            this.key = new byte[32];
            RANDOM.nextBytes(this.key);
        } else {
            this.key = ("waiting-room|" + secret).getBytes(StandardCharsets.UTF_8);
        }
    }

    /** Gives the browser its ticket: its turn comes {@code after} from now. */
    void issue(Duration after, HttpServletRequest request, HttpServletResponse response) {
        long turn = clock.instant().plus(after).toEpochMilli();
        String value = turn + "." + sign(Long.toString(turn));
        response.addHeader("Set-Cookie", ResponseCookie.from(COOKIE, value).httpOnly(true).secure(request.isSecure())
                .sameSite("Strict").path(request.getContextPath() + LoginFormCsrfTokenRepository.LOGIN_PATH)
                .maxAge(after.plus(VALID_AFTER_TURN)).build().toString());
    }

    /** Whether the request carries a ticket of ours whose turn has come and is not past. */
    boolean turnHasCome(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return false;
        }
        for (Cookie cookie : cookies) {
            String value = cookie.getValue();
            if (!COOKIE.equals(cookie.getName()) || value == null || value.length() > 100) {
                continue;
            }
            int dot = value.indexOf('.');
            if (dot <= 0 || !MessageDigest.isEqual(sign(value.substring(0, dot)).getBytes(StandardCharsets.US_ASCII),
                    value.substring(dot + 1).getBytes(StandardCharsets.US_ASCII))) {
                continue;
            }
            try {
                Instant turn = Instant.ofEpochMilli(Long.parseLong(value.substring(0, dot)));
                Instant now = clock.instant();
                return !now.isBefore(turn.minus(EARLY)) && !now.isAfter(turn.plus(VALID_AFTER_TURN));
            } catch (NumberFormatException | java.time.DateTimeException malformed) {
                return false;
            }
        }
        return false;
    }

    private String sign(String turn) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(turn.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
