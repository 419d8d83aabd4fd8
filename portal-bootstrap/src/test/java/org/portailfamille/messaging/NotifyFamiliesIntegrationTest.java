package org.portailfamille.messaging;

import org.junit.jupiter.api.Test;
import org.portailfamille.PortalIntegrationTest;
import org.portailfamille.TestAccounts;
import org.portailfamille.messaging.application.port.in.FamilyNotice;
import org.portailfamille.messaging.application.port.in.NoticeKind;
import org.portailfamille.messaging.application.port.in.NotifyFamilyUseCase;
import org.portailfamille.shared.FamilyId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many families told at once (a chunk of an invoicing run, ADR 0047): each family gets its notice and its adults'
 * e-mails as they chose, exactly as one by one; told again (a redelivered event), nobody gets anything twice.
 */
@PortalIntegrationTest
class NotifyFamiliesIntegrationTest {

    @Autowired ApplicationContext context;
    @Autowired NotifyFamilyUseCase notify;
    @Autowired JdbcTemplate jdbc;

    @Test
    void families_told_in_bulk_get_one_notice_and_one_e_mail_each_and_a_replay_sends_nothing_twice() {
        TestAccounts accounts = new TestAccounts(context);
        TestAccounts.Parent withEmail = accounts.newParent("Secret-Pass-2026", false, "bulk-a@example.org");
        TestAccounts.Parent alsoWithEmail = accounts.newParent("Secret-Pass-2026", false, "bulk-b@example.org");
        FamilyId withoutEmail = accounts.newFamilyWithoutLogin();
        List<FamilyNotice> notices = List.of(notice(withEmail.familyId()), notice(alsoWithEmail.familyId()),
                notice(withoutEmail));

        notify.notifyFamilies(notices);

        for (FamilyNotice notice : notices) {
            assertThat(conversations(notice)).as("notices of " + notice.familyId()).isOne();
        }
        assertThat(emails(notices.get(0))).isOne();
        assertThat(emails(notices.get(1))).isOne();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM platform.outbox WHERE reference = ?", Long.class,
                "family:" + withoutEmail.value())).isZero();

        notify.notifyFamilies(notices);
        notify.notifyFamily(notices.get(0));

        for (FamilyNotice notice : notices) {
            assertThat(conversations(notice)).isOne();
        }
        assertThat(emails(notices.get(0))).isOne();
        assertThat(emails(notices.get(1))).isOne();
    }

    private static FamilyNotice notice(FamilyId family) {
        return new FamilyNotice(UUID.randomUUID(), family, NoticeKind.NEW_INVOICE, "Régie enfance",
                "Facture BULK-" + family.value(), "Votre facture est disponible.", "/famille/releve", "Nouvelle facture");
    }

    private long conversations(FamilyNotice notice) {
        return jdbc.queryForObject("SELECT count(*) FROM messaging.conversation WHERE family_id = ? AND subject = ?",
                Long.class, notice.familyId().value(), notice.subject());
    }

    private long emails(FamilyNotice notice) {
        return jdbc.queryForObject("SELECT count(*) FROM platform.outbox WHERE reference = ? AND channel = 'EMAIL'",
                Long.class, "family:" + notice.familyId().value());
    }
}
