package org.portailfamille.messaging.application.service;

import org.jspecify.annotations.Nullable;
import org.portailfamille.accounts.application.port.in.AdultView;
import org.portailfamille.accounts.application.port.in.FamilyFile;
import org.portailfamille.accounts.application.port.in.GetFamilyFileUseCase;
import org.portailfamille.messaging.application.port.out.NoticeTexts;
import org.portailfamille.messaging.application.port.out.OutgoingNotifications;
import org.portailfamille.messaging.application.port.out.PreferenceChoices;
import org.portailfamille.messaging.domain.ChannelPreference;
import org.portailfamille.messaging.domain.FamilyAdult;
import org.portailfamille.messaging.domain.NotificationKind;
import org.portailfamille.messaging.domain.NotificationPreferences;
import org.portailfamille.shared.FamilyId;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
        List<OutgoingNotifications.Outgoing> outgoingOnes = new ArrayList<>();
        Told told = new Told(messageId, familyId, kind, senderName, subject, body, link);
        tellAdult(told, FamilyAdult.GUARDIAN, file.guardian(), choices.of(familyId, FamilyAdult.GUARDIAN),
                outgoingOnes);
        if (file.partner() != null) {
            tellAdult(told, FamilyAdult.PARTNER, file.partner(), choices.of(familyId, FamilyAdult.PARTNER),
                    outgoingOnes);
        }
        enqueue(outgoingOnes);
    }

    /** A message to tell a family's adults about ({@link #tellAll}). */
    record Told(UUID messageId, FamilyId familyId, NotificationKind kind, String senderName, String subject,
                String body, @Nullable String link) {
    }

    /**
     * {@link #tell} for many messages at once: the family files in one call of accounts' api, the choices in one
     * read, the e-mails and SMS enqueued in one statement (ADR 0047).
     */
    void tellAll(List<Told> messages) {
        if (messages.isEmpty()) {
            return;
        }
        Set<FamilyId> families = new LinkedHashSet<>();
        messages.forEach(message -> families.add(message.familyId()));
        Map<FamilyId, FamilyFile> files = familyFiles.familyFiles(families);
        Map<FamilyId, Map<FamilyAdult, List<ChannelPreference>>> chosen = choices.ofFamilies(families);
        List<OutgoingNotifications.Outgoing> outgoingOnes = new ArrayList<>();
        for (Told message : messages) {
            FamilyFile file = files.get(message.familyId());
            if (file == null) {
                continue;
            }
            Map<FamilyAdult, List<ChannelPreference>> familyChoices = chosen.getOrDefault(message.familyId(),
                    Map.of());
            tellAdult(message, FamilyAdult.GUARDIAN, file.guardian(),
                    familyChoices.getOrDefault(FamilyAdult.GUARDIAN, List.of()), outgoingOnes);
            if (file.partner() != null) {
                tellAdult(message, FamilyAdult.PARTNER, file.partner(),
                        familyChoices.getOrDefault(FamilyAdult.PARTNER, List.of()), outgoingOnes);
            }
        }
        enqueue(outgoingOnes);
    }

    private void enqueue(List<OutgoingNotifications.Outgoing> outgoingOnes) {
        if (!outgoingOnes.isEmpty()) {
            outgoing.enqueueAll(outgoingOnes);
        }
    }

    private void tellAdult(Told message, FamilyAdult adult, AdultView view, List<ChannelPreference> adultChoices,
                           List<OutgoingNotifications.Outgoing> outgoingOnes) {
        NotificationKind kind = message.kind();
        NotificationPreferences preferences = NotificationPreferences.of(view.emailConsent(), view.smsConsent(),
                adultChoices);
        String key = "messaging:" + message.messageId() + ":" + adult + ":";
        String reference = "family:" + message.familyId().value();
        if (preferences.emails(kind, view.email())) {
            outgoingOnes.add(new OutgoingNotifications.Outgoing(key + "EMAIL", true, view.email().strip(),
                    texts.emailSubject(kind, message.subject()),
                    texts.emailBody(kind, message.senderName(), message.body(), message.link()), reference));
        }
        if (preferences.texts(kind, view.mobilePhone())) {
            outgoingOnes.add(new OutgoingNotifications.Outgoing(key + "SMS", false, view.mobilePhone().strip(), null,
                    texts.sms(kind, message.subject()), reference));
        }
    }
}
