package org.portailfamille.messaging.application.port.in;

import java.util.List;

/**
 * The notification preferences of one family adult.
 *
 * @param adult       GUARDIAN (responsable) or PARTNER (conjoint)
 * @param name        first and last name, as Mon compte shows them
 * @param email       the adult's address ("" when none: e-mail cannot be chosen)
 * @param mobilePhone the adult's mobile ("" when none: SMS cannot be chosen)
 * @param choices     one per {@link NoticeKind}, in the enum's order
 */
public record AdultPreferences(String adult, String name, String email, String mobilePhone,
                               List<ChannelChoice> choices) {
    public AdultPreferences {
        choices = List.copyOf(choices);
    }
}
