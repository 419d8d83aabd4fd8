package org.portailfamille.messaging.application.port.in;

/**
 * Whether an adult is told about one kind of event by e-mail and by SMS.
 *
 * @param defaulted true when the adult never chose: the values come from "Autorisation courriel" / "Autorisation
 *                  SMS" of Mon compte
 */
public record ChannelChoice(NoticeKind kind, boolean email, boolean sms, boolean defaulted) {
}
