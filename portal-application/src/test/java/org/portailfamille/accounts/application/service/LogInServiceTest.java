package org.portailfamille.accounts.application.service;

import org.junit.jupiter.api.Test;
import org.portailfamille.accounts.application.port.in.LogInCommand;
import org.portailfamille.accounts.application.port.in.LogInResult;
import org.portailfamille.accounts.application.port.in.UserRole;
import org.portailfamille.accounts.domain.Family;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class LogInServiceTest {

    private final InMemoryAccounts world = new InMemoryAccounts();
    private final LogInService service = new LogInService(world.logins, world.attempts, world.hasher, world.clock);
    private final Family family = world.family("1001001818331", "jean.dupont@example.org");

    private LogInResult logIn(String username, String password, String address) {
        return service.logIn(new LogInCommand(username, password, address));
    }

    @Test
    void right_credentials_open_the_family_area() {
        world.parent(family, "jean.dupont", "Bonbons2015", false);
        LogInResult result = logIn("Jean.Dupont", "Bonbons2015", "192.0.2.1");
        assertThat(result).isInstanceOf(LogInResult.Authenticated.class);
        var user = ((LogInResult.Authenticated) result).user();
        assertThat(user.role()).isEqualTo(UserRole.PARENT);
        assertThat(user.familyId()).isEqualTo(family.id());
        assertThat(user.passwordChangeRequired()).isFalse();
    }

    @Test
    void a_temporary_password_requires_a_change() {
        world.parent(family, "nouveau.parent", "Bienvenue2026", true);
        var user = ((LogInResult.Authenticated) logIn("nouveau.parent", "Bienvenue2026", "192.0.2.1")).user();
        assertThat(user.passwordChangeRequired()).isTrue();
    }

    @Test
    void an_unknown_login_gets_the_same_answer_and_costs_a_hash_check() {
        world.parent(family, "jean.dupont", "Bonbons2015", false);
        int before = world.hasher.matchCalls;
        assertThat(logIn("jean.dupont", "wrong", "192.0.2.1")).isInstanceOf(LogInResult.Rejected.class);
        assertThat(logIn("nobody.here", "wrong", "192.0.2.1")).isInstanceOf(LogInResult.Rejected.class);
        assertThat(logIn("<script>", "wrong", "192.0.2.1")).isInstanceOf(LogInResult.Rejected.class);
        assertThat(world.hasher.matchCalls - before).isEqualTo(3);
    }

    @Test
    void repeated_failures_impose_a_growing_delay_then_let_the_right_password_in() {
        world.parent(family, "jean.dupont", "Bonbons2015", false);
        for (int i = 0; i < 3; i++) {
            assertThat(logIn("jean.dupont", "wrong" + i, "192.0.2.1")).isInstanceOf(LogInResult.Rejected.class);
        }
        LogInResult throttled = logIn("jean.dupont", "Bonbons2015", "192.0.2.1");
        assertThat(throttled).isEqualTo(new LogInResult.Throttled(Duration.ofSeconds(1)));

        world.clock.advance(Duration.ofSeconds(1));
        assertThat(logIn("jean.dupont", "wrong", "192.0.2.1")).isInstanceOf(LogInResult.Rejected.class);
        assertThat(logIn("jean.dupont", "Bonbons2015", "192.0.2.1"))
                .isEqualTo(new LogInResult.Throttled(Duration.ofSeconds(2)));

        world.clock.advance(Duration.ofSeconds(2));
        assertThat(logIn("jean.dupont", "Bonbons2015", "192.0.2.1")).isInstanceOf(LogInResult.Authenticated.class);
        assertThat(world.attemptRows).doesNotContainKey("login:jean.dupont");
    }

    @Test
    void unknown_logins_are_throttled_exactly_like_known_ones() {
        world.parent(family, "jean.dupont", "Bonbons2015", false);
        for (int i = 0; i < 4; i++) {
            logIn("jean.dupont", "wrong", "192.0.2." + i);
            logIn("ghost.user", "wrong", "192.0.2." + i);
        }
        assertThat(logIn("jean.dupont", "x", "192.0.2.9")).isEqualTo(logIn("ghost.user", "x", "192.0.2.9"));
    }

    @Test
    void one_address_trying_many_logins_is_throttled_too() {
        world.parent(family, "jean.dupont", "Bonbons2015", false);
        for (int i = 0; i < 20; i++) {
            logIn("user" + i, "wrong", "203.0.113.7");
        }
        assertThat(logIn("jean.dupont", "Bonbons2015", "203.0.113.7")).isInstanceOf(LogInResult.Throttled.class);
        assertThat(logIn("jean.dupont", "Bonbons2015", "203.0.113.8")).isInstanceOf(LogInResult.Authenticated.class);
    }

    @Test
    void an_hour_after_the_last_failure_the_counter_starts_again() {
        world.parent(family, "jean.dupont", "Bonbons2015", false);
        for (int i = 0; i < 10; i++) {
            logIn("jean.dupont", "wrong", "192.0.2.1");
            world.clock.advance(Duration.ofMinutes(16));
        }
        world.clock.advance(Duration.ofHours(2));
        logIn("jean.dupont", "wrong", "192.0.2.1");
        assertThat(world.attemptRows.get("login:jean.dupont").failures()).isEqualTo(1);
    }
}
