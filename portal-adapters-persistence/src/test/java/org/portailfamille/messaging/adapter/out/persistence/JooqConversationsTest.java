package org.portailfamille.messaging.adapter.out.persistence;

import org.junit.jupiter.api.Test;
import org.portailfamille.messaging.application.port.in.StaffConversationSummary;
import org.portailfamille.messaging.application.port.out.ContactCards;
import org.portailfamille.messaging.application.port.out.Conversations;
import org.portailfamille.messaging.application.port.out.PreferenceChoices;
import org.portailfamille.messaging.domain.Attachment;
import org.portailfamille.messaging.domain.ChannelPreference;
import org.portailfamille.messaging.domain.ContactCard;
import org.portailfamille.messaging.domain.Conversation;
import org.portailfamille.messaging.domain.FamilyAdult;
import org.portailfamille.messaging.domain.MailboxFolder;
import org.portailfamille.messaging.domain.Message;
import org.portailfamille.messaging.domain.NotificationKind;
import org.portailfamille.shared.DocumentFormat;
import org.portailfamille.shared.FamilyId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@Transactional
class JooqConversationsTest {

    static final String SHA = "a".repeat(64);

    @Autowired Conversations conversations;
    @Autowired PreferenceChoices preferences;
    @Autowired ContactCards contacts;

    final Instant now = Instant.parse("2026-11-16T08:30:00Z");

    @Test
    void a_conversation_is_stored_with_its_messages_read_marks_and_attachments() {
        FamilyId family = FamilyId.newId();
        UUID facility = UUID.randomUUID();
        Conversation written = Conversation.startedByFamily(family, facility, "Jean Dupont", "Allergie",
                "Mon fils est allergique.", now);
        written.attach(new Attachment(UUID.randomUUID(), written.lastMessage().id(), "certificat.pdf",
                DocumentFormat.PDF, 1234, SHA, now));
        conversations.add(written);

        Conversation staffSide = conversations.lock(written.id()).orElseThrow();
        staffSide.openByStaff(now.plusSeconds(10));
        Message answer = staffSide.replyFromStaff("agent1", "ALSH Les Pins", "Bien noté.", now.plusSeconds(20));
        conversations.save(staffSide);

        Conversation read = conversations.byId(written.id()).orElseThrow();
        assertThat(read.messages()).extracting(Message::body).containsExactly("Mon fils est allergique.",
                "Bien noté.");
        assertThat(read.messages().get(0).readAt()).isEqualTo(now.plusSeconds(10));
        assertThat(read.assignedTo()).isEqualTo("agent1");
        assertThat(read.attachmentsOf(written.messages().get(0).id())).singleElement()
                .satisfies(a -> assertThat(a.fileName()).isEqualTo("certificat.pdf"));
        assertThat(read.folderForFamily()).isEqualTo(MailboxFolder.SENT);
        assertThat(conversations.countUnreadByFamily(family)).isEqualTo(1);
        assertThat(conversations.attachment(read.attachments().get(0).id())).hasValueSatisfying(owner -> {
            assertThat(owner.familyId()).isEqualTo(family);
            assertThat(owner.facilityId()).isEqualTo(facility);
        });
        assertThat(answer.subject()).isEqualTo("Re: Allergie");
    }

    @Test
    void the_banner_counts_unread_messages_to_the_family_outside_deleted_conversations() {
        FamilyId family = FamilyId.newId();
        FamilyId other = FamilyId.newId();
        conversations.add(Conversation.notice(UUID.randomUUID(), family, null, "Mairie", "Sortie", "Au parc", null,
                now));
        Conversation deleted = Conversation.notice(UUID.randomUUID(), family, null, "Mairie", "Menu", "Menu", null,
                now);
        deleted.deleteByFamily(now);
        conversations.add(deleted);
        conversations.add(Conversation.startedByFamily(family, null, "Parent", "Question", "Une question", now));
        conversations.add(Conversation.notice(UUID.randomUUID(), other, null, "Mairie", "Autre", "Autre", null, now));

        assertThat(conversations.countUnreadByFamily(family)).isEqualTo(1);
        assertThat(conversations.countUnreadByFamily(other)).isEqualTo(1);
        assertThat(conversations.ofFamily(family)).hasSize(3);
        assertThat(conversations.ofFamily(FamilyId.newId())).isEmpty();
    }

    @Test
    void a_notice_is_added_once_per_cause() {
        UUID cause = UUID.randomUUID();
        FamilyId family = FamilyId.newId();
        assertThat(conversations.addIfAbsent(Conversation.notice(cause, family, null, "Mairie", "Décision", "Oui",
                "/famille/demandes", now))).isTrue();
        assertThat(conversations.addIfAbsent(Conversation.notice(cause, family, null, "Mairie", "Décision", "Oui",
                "/famille/demandes", now))).isFalse();
        assertThat(conversations.ofFamily(family)).singleElement()
                .satisfies(c -> assertThat(c.link()).isEqualTo("/famille/demandes"));
    }

    @Test
    void a_desk_inbox_lists_unread_then_unanswered_then_the_rest_and_handled_ones_only_on_request() {
        UUID facility = UUID.randomUUID();
        FamilyId family = FamilyId.newId();
        Conversation answered = Conversation.startedByFamily(family, facility, "A", "Répondu", "?", now);
        answered.openByStaff(now);
        answered.replyFromStaff("agent", "ALSH", "Réponse", now.plusSeconds(1));
        conversations.add(answered);
        Conversation unanswered = Conversation.startedByFamily(family, facility, "B", "Lu sans réponse", "?",
                now.minusSeconds(100));
        unanswered.openByStaff(now);
        conversations.add(unanswered);
        Conversation unread = Conversation.startedByFamily(family, facility, "C", "Non lu", "?",
                now.minusSeconds(200));
        conversations.add(unread);
        Conversation handled = Conversation.startedByFamily(family, facility, "D", "Traité", "?", now.plusSeconds(5));
        handled.markHandled(now.plusSeconds(6));
        conversations.add(handled);
        conversations.add(Conversation.startedByFamily(family, UUID.randomUUID(), "E", "Autre structure", "?", now));

        List<StaffConversationSummary> inbox = conversations.deskInbox(facility, false, 100);

        assertThat(inbox).extracting(StaffConversationSummary::subject)
                .containsExactly("Non lu", "Lu sans réponse", "Répondu");
        assertThat(inbox.get(0).unread()).isTrue();
        assertThat(inbox.get(0).familyName()).isEqualTo("C");
        assertThat(inbox.get(1).unanswered()).isTrue();
        assertThat(inbox.get(2).assignedTo()).isEqualTo("agent");
        assertThat(conversations.deskInbox(facility, true, 100)).extracting(StaffConversationSummary::subject)
                .containsExactly("Non lu", "Lu sans réponse", "Répondu", "Traité");
        assertThat(conversations.countUnreadForDesk(facility)).isEqualTo(2);
    }

    @Test
    void preferences_and_contact_details_are_kept() {
        FamilyId family = FamilyId.newId();
        preferences.save(family, FamilyAdult.GUARDIAN, List.of(
                new ChannelPreference(NotificationKind.NEW_MESSAGE, false, true)));
        preferences.save(family, FamilyAdult.GUARDIAN, List.of(
                new ChannelPreference(NotificationKind.NEW_MESSAGE, true, true),
                new ChannelPreference(NotificationKind.NEW_INVOICE, false, false)));
        assertThat(preferences.of(family, FamilyAdult.GUARDIAN)).containsExactlyInAnyOrder(
                new ChannelPreference(NotificationKind.NEW_MESSAGE, true, true),
                new ChannelPreference(NotificationKind.NEW_INVOICE, false, false));
        assertThat(preferences.of(family, FamilyAdult.PARTNER)).isEmpty();

        UUID facility = UUID.randomUUID();
        contacts.save(new ContactCard(null, "1 place de la Mairie\n31400 Saint-Jean", "05 61 00 00 00",
                "mairie@saint-jean.example"), now);
        contacts.save(new ContactCard(facility, "Rue des Pins", "05 61 00 00 01", ""), now);
        contacts.save(new ContactCard(facility, "Rue des Pins, 2", "05 61 00 00 01", ""), now);
        assertThat(contacts.of(null)).hasValueSatisfying(card -> assertThat(card.phone()).isEqualTo("05 61 00 00 00"));
        assertThat(contacts.of(facility)).hasValueSatisfying(card ->
                assertThat(card.address()).isEqualTo("Rue des Pins, 2"));
    }
}
