package org.portailfamille.messaging.domain;

import org.junit.jupiter.api.Test;
import org.portailfamille.shared.DocumentFormat;
import org.portailfamille.shared.FamilyId;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConversationTest {

    final FamilyId family = FamilyId.newId();
    final UUID facility = UUID.randomUUID();
    final Instant t0 = Instant.parse("2026-03-02T08:00:00Z");

    @Test
    void a_family_message_and_its_answers_read_as_one_conversation_in_sent() {
        Conversation conversation = Conversation.startedByFamily(family, facility, "Jean", "Allergie", "Texte", t0);
        assertThat(conversation.folderForFamily()).isEqualTo(MailboxFolder.SENT);
        assertThat(conversation.unreadByStaff()).isTrue();
        assertThat(conversation.unanswered()).isTrue();

        conversation.openByStaff(t0.plusSeconds(60));
        Message answer = conversation.replyFromStaff("agent", "ALSH", "Réponse", t0.plusSeconds(120));

        assertThat(conversation.messages()).extracting(Message::body).containsExactly("Texte", "Réponse");
        assertThat(answer.subject()).isEqualTo("Re: Allergie");
        assertThat(conversation.unreadByStaff()).isFalse();
        assertThat(conversation.unanswered()).isFalse();
        assertThat(conversation.unreadByFamily()).isEqualTo(1);
        assertThat(conversation.assignedTo()).isEqualTo("agent");
        assertThat(conversation.folderForFamily()).isEqualTo(MailboxFolder.SENT);
    }

    @Test
    void opening_marks_read_only_the_readers_side() {
        Conversation conversation = Conversation.startedByStaff(UUID.randomUUID(), family, facility, "agent", "ALSH",
                "Sortie", "Au parc", t0);
        conversation.replyFromFamily("Jean", "Merci", t0.plusSeconds(5));
        assertThat(conversation.openByFamily(t0.plusSeconds(10))).hasSize(1);
        assertThat(conversation.unreadByFamily()).isZero();
        assertThat(conversation.unreadByStaff()).isTrue();
        assertThat(conversation.openByFamily(t0.plusSeconds(20))).isEmpty();
    }

    @Test
    void deleted_conversations_go_to_deleted_and_come_back_on_restore_or_a_new_answer() {
        Conversation conversation = Conversation.notice(UUID.randomUUID(), family, null, "Mairie", "Décision", "Oui",
                "/famille/demandes", t0);
        assertThat(conversation.folderForFamily()).isEqualTo(MailboxFolder.RECEIVED);
        conversation.deleteByFamily(t0);
        assertThat(conversation.folderForFamily()).isEqualTo(MailboxFolder.DELETED);
        conversation.restoreByFamily();
        assertThat(conversation.folderForFamily()).isEqualTo(MailboxFolder.RECEIVED);
        conversation.deleteByFamily(t0);
        conversation.replyFromStaff("agent", "Mairie", "Précision", t0.plusSeconds(1));
        assertThat(conversation.folderForFamily()).isEqualTo(MailboxFolder.RECEIVED);
    }

    @Test
    void a_family_answer_reopens_a_handled_conversation() {
        Conversation conversation = Conversation.startedByFamily(family, facility, "Jean", "Q", "?", t0);
        conversation.markHandled(t0.plusSeconds(1));
        assertThat(conversation.handled()).isTrue();
        conversation.replyFromFamily("Jean", "Encore une question", t0.plusSeconds(2));
        assertThat(conversation.handled()).isFalse();
    }

    @Test
    void the_same_cause_gives_the_same_notice_and_links_stay_inside_the_portal() {
        UUID cause = UUID.randomUUID();
        assertThat(Conversation.notice(cause, family, null, "M", "S", "B", null, t0).id())
                .isEqualTo(Conversation.notice(cause, family, null, "M", "S", "B", null, t0).id());
        for (String bad : List.of("https://evil.example/", "//evil.example", "javascript:alert(1)", "/a b")) {
            assertThatThrownBy(() -> Conversation.notice(cause, family, null, "M", "S", "B", bad, t0))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void the_mailbox_shows_one_folder_unread_first_or_newest_first_and_counts_unread_outside_deleted() {
        Conversation oldUnread = Conversation.notice(UUID.randomUUID(), family, null, "M", "Ancien", "B", null, t0);
        Conversation newRead = Conversation.notice(UUID.randomUUID(), family, null, "M", "Récent", "B", null,
                t0.plusSeconds(100));
        newRead.openByFamily(t0.plusSeconds(200));
        Conversation deleted = Conversation.notice(UUID.randomUUID(), family, null, "M", "Supprimé", "B", null, t0);
        deleted.deleteByFamily(t0);
        Conversation sent = Conversation.startedByFamily(family, facility, "Jean", "Envoyé", "B", t0);
        List<Conversation> all = List.of(oldUnread, newRead, deleted, sent);

        assertThat(Mailbox.folder(all, MailboxFolder.RECEIVED, true)).containsExactly(oldUnread, newRead);
        assertThat(Mailbox.folder(all, MailboxFolder.RECEIVED, false)).containsExactly(newRead, oldUnread);
        assertThat(Mailbox.folder(all, MailboxFolder.DELETED, true)).containsExactly(deleted);
        assertThat(Mailbox.folder(all, MailboxFolder.SENT, true)).containsExactly(sent);
        assertThat(Mailbox.unreadCount(all)).isEqualTo(1);
    }

    @Test
    void attachments_have_a_clean_name_and_at_most_five_per_message() {
        Conversation conversation = Conversation.startedByFamily(family, facility, "Jean", "Q", "?", t0);
        UUID message = conversation.lastMessage().id();
        Attachment first = new Attachment(UUID.randomUUID(), message, "C:\\docs\\..\\<b>ordo\"nnance.pdf",
                DocumentFormat.PDF, 10, "0".repeat(64), t0);
        assertThat(first.fileName()).isEqualTo("bordonnance.pdf");
        assertThat(new Attachment(UUID.randomUUID(), message, "../", DocumentFormat.PNG, 10, "0".repeat(64), t0)
                .fileName()).isEqualTo("piece-jointe.png");
        for (int i = 0; i < Attachment.MAX_PER_MESSAGE; i++) {
            conversation.attach(new Attachment(UUID.randomUUID(), message, "f.pdf", DocumentFormat.PDF, 10,
                    "0".repeat(64), t0));
        }
        assertThatThrownBy(() -> conversation.attach(first)).isInstanceOf(IllegalArgumentException.class);
    }
}
