package org.portailfamille.messaging.application.service;

import org.junit.jupiter.api.Test;
import org.portailfamille.messaging.application.port.in.MessageProblem;

import static org.assertj.core.api.Assertions.assertThat;

/** What a sender types: control characters are refused (PostgreSQL refuses NUL: a reply with one was a 500). */
class MessageInputTest {

    @Test
    void a_text_with_a_nul_or_another_control_character_is_refused_with_its_own_problem() {
        assertThat(MessageInput.textProblems(null, "abc\u0000def")).extracting(MessageProblem::code)
                .containsExactly("BODY_CONTROL");
        assertThat(MessageInput.textProblems(null, "bip\u0007")).extracting(MessageProblem::code)
                .containsExactly("BODY_CONTROL");
        assertThat(MessageInput.textProblems("Objet\r\nBcc: x@example.org", "Bonjour")).extracting(MessageProblem::code)
                .containsExactly("SUBJECT_CONTROL");
    }

    @Test
    void line_breaks_and_tabs_are_text() {
        assertThat(MessageInput.textProblems("Sortie", "Bonjour,\r\n\tà mercredi.\n")).isEmpty();
    }
}
