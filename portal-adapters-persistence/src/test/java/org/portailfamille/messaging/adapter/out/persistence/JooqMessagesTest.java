package org.portailfamille.messaging.adapter.out.persistence;

import org.junit.jupiter.api.Test;
import org.portailfamille.messaging.application.port.out.Messages;
import org.portailfamille.messaging.domain.Message;
import org.portailfamille.messaging.domain.MessageDirection;
import org.portailfamille.shared.FamilyId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class JooqMessagesTest {

    @Autowired
    Messages messages;

    @Test
    void only_unread_messages_to_the_family_are_counted() {
        FamilyId family = FamilyId.newId();
        FamilyId otherFamily = FamilyId.newId();
        Instant now = Instant.now();
        messages.add(Message.toFamily(family, "ALSH", "Sortie", "Sortie au parc", now));
        messages.add(Message.toFamily(family, "ALSH", "Menu", "Menu de la semaine", now));
        messages.add(Message.reconstitute(UUID.randomUUID(), family, MessageDirection.TO_FAMILY, "ALSH", "Lu",
                "Déjà lu", now, now.plusSeconds(60)));
        messages.add(Message.reconstitute(UUID.randomUUID(), family, MessageDirection.FROM_FAMILY, "Parent",
                "Question", "Une question", now, null));
        messages.add(Message.toFamily(otherFamily, "ALSH", "Autre", "Pour une autre famille", now));

        assertThat(messages.countUnreadByFamily(family)).isEqualTo(2);
        assertThat(messages.countUnreadByFamily(otherFamily)).isEqualTo(1);
        assertThat(messages.countUnreadByFamily(FamilyId.newId())).isZero();
    }
}
