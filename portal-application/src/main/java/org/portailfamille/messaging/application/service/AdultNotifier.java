package org.portailfamille.messaging.application.service;

import org.jspecify.annotations.Nullable;
import org.portailfamille.accounts.application.port.in.AdultView;
import org.portailfamille.accounts.application.port.in.FamilyFile;
import org.portailfamille.accounts.application.port.in.GetFamilyFileUseCase;
import org.portailfamille.messaging.application.port.out.NoticeTexts;
import org.portailfamille.messaging.application.port.out.OutgoingNotifications;
import org.portailfamille.messaging.application.port.out.PreferenceChoices;
import org.portailfamille.messaging.domain.FamilyAdult;
import org.portailfamille.messaging.domain.NotificationKind;
import org.portailfamille.messaging.domain.NotificationPreferences;
import org.portailfamille.shared.FamilyId;

import java.util.UUID;

/**
 * Tells each adult of a family about a message by e-mail and SMS, as its preferences for the kind say (defaulting to
 * the consents of Mon compte). Only enqueues, in the current transaction; the key per message, adult and channel
 * makes a replay enqueue nothing twice.
 */
public final class AdultNotifier {

    private final GetFamilyFileUseCase familyFiles;
    private final PreferenceChoices choices;
    private final OutgoingNotifications outgoing;
    private final NoticeTexts texts;

    public AdultNotifier(GetFamilyFileUseCase familyFiles, PreferenceChoices choices, OutgoingNotifications outgoing,
                  NoticeTexts texts) {
        this.familyFiles = familyFiles;
        this.choices = choices;
        this.outgoing = outgoing;
        this.texts = texts;
    }

    void tell(UUID messageId, FamilyId familyId, NotificationKind kind, String senderName, String subject,
              String body, @Nullable String link) {
        FamilyFile file = familyFiles.familyFile(familyId).orElse(null);
        if (file == null) {
            return;
        }
        tellAdult(messageId, familyId, FamilyAdult.GUARDIAN, file.guardian(), kind, senderName, subject, body, link);
        if (file.partner() != null) {
            tellAdult(messageId, familyId, FamilyAdult.PARTNER, file.partner(), kind, senderName, subject, body,
                    link);
        }
    }

    private void tellAdult(UUID messageId, FamilyId familyId, FamilyAdult adult, AdultView view,
                           NotificationKind kind, String senderName, String subject, String body,
                           @Nullable String link) {
        NotificationPreferences preferences = NotificationPreferences.of(view.emailConsent(), view.smsConsent(),
                choices.of(familyId, adult));
        String key = "messaging:" + messageId + ":" + adult + ":";
        String reference = "family:" + familyId.value();
        if (preferences.emails(kind, view.email())) {
            outgoing.email(key + "EMAIL", view.email().strip(), texts.emailSubject(kind, subject),
                    texts.emailBody(kind, senderName, body, link), reference);
        }
        if (preferences.texts(kind, view.mobilePhone())) {
            outgoing.sms(key + "SMS", view.mobilePhone().strip(), texts.sms(kind, subject), reference);
        }
    }
}
