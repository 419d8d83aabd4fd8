package org.portailfamille.accounts.adapter.out.persistence;

import org.junit.jupiter.api.Test;
import org.portailfamille.accounts.application.port.out.Logins;
import org.portailfamille.accounts.application.port.out.PasswordResetTokens;
import org.portailfamille.accounts.domain.Login;
import org.portailfamille.accounts.domain.PasswordResetToken;
import org.portailfamille.accounts.domain.Username;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class JooqPasswordResetTokensTest {

    @Autowired
    PasswordResetTokens tokens;
    @Autowired
    Logins logins;

    private static final Instant ISSUED = Instant.parse("2026-04-01T08:00:00Z");

    PasswordResetToken newToken() {
        Login login = Login.forStaff(new Username("reset." + System.nanoTime()), "X", "hash", false, ISSUED);
        logins.add(login);
        return tokenFor(login.id());
    }

    PasswordResetToken tokenFor(org.portailfamille.accounts.LoginId loginId) {
        byte[] bytes = new byte[32];
        ThreadLocalRandom.current().nextBytes(bytes);
        PasswordResetToken token = PasswordResetToken.issue(HexFormat.of().formatHex(bytes), loginId, ISSUED);
        tokens.add(token);
        return token;
    }

    @Test
    void a_token_reads_back_by_its_hash() {
        PasswordResetToken token = newToken();
        assertThat(tokens.byHash(token.tokenHash())).contains(token);
        assertThat(tokens.byHash("0".repeat(64))).isEmpty();
    }

    @Test
    void mark_used_succeeds_once_only() {
        PasswordResetToken token = newToken();
        Instant use = ISSUED.plusSeconds(60);

        assertThat(tokens.markUsed(token.tokenHash(), use)).isTrue();
        assertThat(tokens.markUsed(token.tokenHash(), use.plusSeconds(1))).isFalse();

        PasswordResetToken read = tokens.byHash(token.tokenHash()).orElseThrow();
        assertThat(read.usedAt()).isEqualTo(use);
        assertThat(read.isUsableAt(use.plusSeconds(2))).isFalse();
    }

    @Test
    void using_one_token_retires_the_logins_other_tokens_only() {
        PasswordResetToken first = newToken();
        PasswordResetToken second = tokenFor(first.loginId());
        PasswordResetToken otherLogins = newToken();

        assertThat(tokens.markUsed(second.tokenHash(), ISSUED.plusSeconds(5))).isTrue();

        assertThat(tokens.byHash(first.tokenHash()).orElseThrow().isUsableAt(ISSUED.plusSeconds(6))).isFalse();
        assertThat(tokens.markUsed(first.tokenHash(), ISSUED.plusSeconds(6))).isFalse();
        assertThat(tokens.byHash(otherLogins.tokenHash()).orElseThrow().isUsableAt(ISSUED.plusSeconds(6))).isTrue();
    }

    @Test
    void mark_used_refuses_an_expired_token() {
        PasswordResetToken token = newToken();
        assertThat(tokens.markUsed(token.tokenHash(), token.expiresAt())).isFalse();
        assertThat(tokens.markUsed(token.tokenHash(), token.expiresAt().plusSeconds(1))).isFalse();
        assertThat(tokens.byHash(token.tokenHash()).orElseThrow().usedAt()).isNull();
        // one microsecond before the end, it still works
        assertThat(tokens.markUsed(token.tokenHash(), token.expiresAt().minusNanos(1000))).isTrue();
    }

    @Test
    void mark_used_of_an_unknown_token_is_refused() {
        assertThat(tokens.markUsed("f".repeat(64), ISSUED)).isFalse();
    }

    @Test
    void of_concurrent_uses_exactly_one_wins() throws Exception {
        PasswordResetToken token = newToken();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> uses = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                uses.add(() -> tokens.markUsed(token.tokenHash(), ISSUED.plusSeconds(10)));
            }
            int wins = 0;
            for (Future<Boolean> result : pool.invokeAll(uses)) {
                wins += result.get() ? 1 : 0;
            }
            assertThat(wins).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
