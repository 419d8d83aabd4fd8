package org.portailfamille.billing.domain;

import org.junit.jupiter.api.Test;
import org.portailfamille.billing.RegieId;
import org.portailfamille.shared.FamilyId;
import org.portailfamille.shared.Money;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The online payment operation's state machine: each event applied twice, late or out of order changes nothing. */
class OnlinePaymentTest {

    static final Instant T0 = Instant.parse("2026-04-08T10:00:00Z");

    static OnlinePayment created() {
        return OnlinePayment.create(UUID.randomUUID(), 0, new FamilyId(UUID.randomUUID()),
                new RegieId(UUID.randomUUID()), UUID.randomUUID(), "AL-36", Money.euros("120.60"), T0);
    }

    static OnlinePayment pending() {
        return created().sentToProvider("OP-1", T0.plusSeconds(1)).orElseThrow();
    }

    @Test
    void created_then_pending_once_the_provider_knows_it() {
        OnlinePayment op = created();
        assertThat(op.state()).isEqualTo(OnlinePaymentState.CREATED);
        assertThat(op.state().isActive()).isTrue();
        OnlinePayment sent = op.sentToProvider("OP-1", T0.plusSeconds(1)).orElseThrow();
        assertThat(sent.state()).isEqualTo(OnlinePaymentState.PENDING);
        assertThat(sent.providerOperationId()).isEqualTo("OP-1");
        assertThat(sent.sentToProvider("OP-2", T0.plusSeconds(2))).as("sent twice").isEmpty();
    }

    @Test
    void paid_once_then_every_later_confirmation_changes_nothing() {
        UUID payment = UUID.randomUUID();
        OnlinePayment paid = pending().confirmed(ProviderResult.PAID, payment, "AUT-1", T0.plusSeconds(5)).orElseThrow();
        assertThat(paid.state()).isEqualTo(OnlinePaymentState.PAID);
        assertThat(paid.paymentId()).isEqualTo(payment);
        assertThat(paid.wouldRecordPayment(ProviderResult.PAID)).isFalse();
        for (ProviderResult result : ProviderResult.values()) {
            assertThat(paid.confirmed(result, UUID.randomUUID(), "AUT-2", T0.plusSeconds(9))).as(result.name()).isEmpty();
        }
        assertThat(paid.expiredAt(T0.plus(Duration.ofDays(1)), Duration.ofMinutes(30))).isEmpty();
    }

    @Test
    void refused_is_final_even_against_a_later_paid() {
        OnlinePayment refused = pending().confirmed(ProviderResult.REFUSED, null, null, T0.plusSeconds(5)).orElseThrow();
        assertThat(refused.state()).isEqualTo(OnlinePaymentState.REFUSED);
        assertThat(refused.state().isActive()).isFalse();
        assertThat(refused.wouldRecordPayment(ProviderResult.PAID)).isFalse();
        assertThat(refused.confirmed(ProviderResult.PAID, UUID.randomUUID(), "X", T0.plusSeconds(6))).isEmpty();
        assertThat(refused.confirmed(ProviderResult.ABANDONED, null, null, T0.plusSeconds(6))).isEmpty();
    }

    @Test
    void abandoned_or_expired_operations_still_record_money_the_provider_confirms_late() {
        OnlinePayment abandoned = pending().confirmed(ProviderResult.ABANDONED, null, null, T0.plusSeconds(5))
                .orElseThrow();
        assertThat(abandoned.state()).isEqualTo(OnlinePaymentState.ABANDONED);
        assertThat(abandoned.confirmed(ProviderResult.REFUSED, null, null, T0.plusSeconds(6))).isEmpty();
        assertThat(abandoned.wouldRecordPayment(ProviderResult.PAID)).isTrue();
        assertThat(abandoned.confirmed(ProviderResult.PAID, UUID.randomUUID(), "A", T0.plusSeconds(7)).orElseThrow()
                .state()).isEqualTo(OnlinePaymentState.PAID);

        OnlinePayment expired = pending().expiredAt(T0.plus(Duration.ofMinutes(31)), Duration.ofMinutes(30))
                .orElseThrow();
        assertThat(expired.state()).isEqualTo(OnlinePaymentState.EXPIRED);
        assertThat(expired.confirmed(ProviderResult.PAID, UUID.randomUUID(), "B", T0.plus(Duration.ofHours(1)))
                .orElseThrow().state()).isEqualTo(OnlinePaymentState.PAID);
    }

    @Test
    void in_progress_changes_nothing_and_expiry_waits_for_its_time() {
        OnlinePayment op = pending();
        assertThat(op.confirmed(ProviderResult.IN_PROGRESS, null, null, T0.plusSeconds(3))).isEmpty();
        assertThat(op.expiredAt(T0.plus(Duration.ofMinutes(29)), Duration.ofMinutes(30))).isEmpty();
        assertThat(op.expiredAt(T0.plus(Duration.ofMinutes(30)), Duration.ofMinutes(30))).isPresent();
        OnlinePayment neverSent = created().expiredAt(T0.plus(Duration.ofHours(1)), Duration.ofMinutes(30))
                .orElseThrow();
        assertThat(neverSent.state()).isEqualTo(OnlinePaymentState.EXPIRED);
        assertThat(neverSent.providerOperationId()).isNull();
        assertThat(neverSent.expiredAt(T0.plus(Duration.ofHours(2)), Duration.ofMinutes(30))).as("twice").isEmpty();
    }

    @Test
    void a_paid_operation_needs_its_payment_and_a_positive_amount() {
        assertThatThrownBy(() -> pending().confirmed(ProviderResult.PAID, null, "X", T0))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> OnlinePayment.create(UUID.randomUUID(), 0, new FamilyId(UUID.randomUUID()),
                new RegieId(UUID.randomUUID()), UUID.randomUUID(), "AL-1", Money.ZERO, T0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
