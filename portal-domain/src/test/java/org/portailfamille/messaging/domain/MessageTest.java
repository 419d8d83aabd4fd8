package org.portailfamille.messaging.domain;

import org.junit.jupiter.api.Test;
import org.portailfamille.shared.FamilyId;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MessageTest {

    @Test
    void a_message_to_the_family_is_unread_until_opened() {
        Message message = Message.toFamily(FamilyId.newId(), "ALSH", " Sortie ", " Au parc ", Instant.EPOCH);
        assertThat(message.isUnreadByFamily()).isTrue();
        assertThat(message.subject()).isEqualTo("Sortie");
    }

    @Test
    void subject_and_body_are_required_and_bounded() {
        assertThatThrownBy(() -> Message.toFamily(FamilyId.newId(), "ALSH", " ", "b", Instant.EPOCH))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Message.toFamily(FamilyId.newId(), "ALSH", "s", "x".repeat(10_001), Instant.EPOCH))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
