package org.portailfamille.access;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The waiting room's ticket (ADR 0050): signed, valid from its turn (one second early at most) to two minutes after,
 * sent only to the login path, HttpOnly and SameSite=Strict; a forged, altered or foreign ticket gives no priority.
 */
class WaitingRoomTicketsTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-07T17:00:00Z"));

    @Test
    void a_ticket_gives_priority_from_its_turn_until_two_minutes_after() {
        WaitingRoomTickets tickets = new WaitingRoomTickets("secret-partage", clock);
        Cookie ticket = issue(tickets, Duration.ofSeconds(12));

        assertThat(tickets.turnHasCome(requestWith(ticket))).as("too early").isFalse();
        clock.advance(Duration.ofSeconds(11));
        assertThat(tickets.turnHasCome(requestWith(ticket))).as("one second early: the delay is whole seconds").isTrue();
        clock.advance(Duration.ofSeconds(1).plus(WaitingRoomTickets.VALID_AFTER_TURN));
        assertThat(tickets.turnHasCome(requestWith(ticket))).as("two minutes after its turn").isTrue();
        clock.advance(Duration.ofMillis(1));
        assertThat(tickets.turnHasCome(requestWith(ticket))).as("expired").isFalse();
    }

    @Test
    void the_cookie_is_sent_only_to_the_login_path_and_never_to_scripts() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/connexion");
        MockHttpServletResponse response = new MockHttpServletResponse();
        new WaitingRoomTickets("secret-partage", clock).issue(Duration.ofSeconds(5), request, response);
        String header = response.getHeader("Set-Cookie");
        assertThat(header).startsWith(WaitingRoomTickets.COOKIE + "=").contains("Path=/connexion", "HttpOnly",
                "SameSite=Strict", "Max-Age=125");
    }

    @Test
    void a_forged_altered_or_foreign_ticket_gives_no_priority() {
        WaitingRoomTickets tickets = new WaitingRoomTickets("secret-partage", clock);
        Cookie genuine = issue(tickets, Duration.ofSeconds(3));
        clock.advance(Duration.ofSeconds(3));
        assertThat(tickets.turnHasCome(requestWith(genuine))).isTrue();

        String value = genuine.getValue();
        long turn = Long.parseLong(value.substring(0, value.indexOf('.')));
        String signature = value.substring(value.indexOf('.') + 1);
        assertThat(tickets.turnHasCome(requestWith(new Cookie(WaitingRoomTickets.COOKIE, (turn - 1) + "." + signature))))
                .as("another turn under the same signature").isFalse();
        assertThat(tickets.turnHasCome(requestWith(new Cookie(WaitingRoomTickets.COOKIE, turn + ".AAAA"))))
                .as("a made-up signature").isFalse();
        assertThat(tickets.turnHasCome(requestWith(new Cookie(WaitingRoomTickets.COOKIE, "maintenant.x"))))
                .as("not a time").isFalse();
        assertThat(tickets.turnHasCome(requestWith(new Cookie(WaitingRoomTickets.COOKIE, ""))))
                .as("empty").isFalse();
        assertThat(new WaitingRoomTickets("un-autre-secret", clock).turnHasCome(requestWith(genuine)))
                .as("signed by another installation").isFalse();
        assertThat(tickets.turnHasCome(new MockHttpServletRequest("POST", "/connexion"))).as("no ticket").isFalse();
    }

    @Test
    void instances_sharing_the_secret_accept_each_others_tickets() {
        Cookie fromA = issue(new WaitingRoomTickets("secret-partage", clock), Duration.ofSeconds(3));
        clock.advance(Duration.ofSeconds(3));
        assertThat(new WaitingRoomTickets("secret-partage", clock).turnHasCome(requestWith(fromA))).isTrue();
    }

    private Cookie issue(WaitingRoomTickets tickets, Duration after) {
        MockHttpServletResponse response = new MockHttpServletResponse();
        tickets.issue(after, new MockHttpServletRequest("POST", "/connexion"), response);
        String header = response.getHeader("Set-Cookie");
        String value = header.substring(header.indexOf('=') + 1, header.indexOf(';'));
        return new Cookie(WaitingRoomTickets.COOKIE, value);
    }

    private static MockHttpServletRequest requestWith(Cookie cookie) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/connexion");
        request.setCookies(cookie);
        return request;
    }

    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
