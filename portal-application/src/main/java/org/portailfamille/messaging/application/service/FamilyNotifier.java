package org.portailfamille.messaging.application.service;

import org.jspecify.annotations.Nullable;
import org.portailfamille.messaging.application.port.out.Conversations;
import org.portailfamille.messaging.domain.Conversation;
import org.portailfamille.messaging.domain.NotificationKind;
import org.portailfamille.shared.FamilyId;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Tells a family something once: a readable notice in its inbox (a conversation whose id derives from its cause,
 * with the link to what it is about), and e-mail/SMS to its adults as they chose ({@link AdultNotifier}, through
 * the outbox). A redelivered event (same cause) sends nothing twice. One bean, shared by the notice services.
 */
public final class FamilyNotifier {

    private final Conversations conversations;
    private final AdultNotifier adults;
    private final Clock clock;

    public FamilyNotifier(Conversations conversations, AdultNotifier adults, Clock clock) {
        this.conversations = conversations;
        this.adults = adults;
        this.clock = clock;
    }

    /** False when the family was already told of this cause (nothing sent). */
    boolean tellOnce(UUID causeId, FamilyId familyId, NotificationKind kind, String senderName, String subject,
                  String body, @Nullable String link) {
        Conversation notice = Conversation.notice(causeId, familyId, null, senderName, subject, body, link,
                clock.instant());
        if (!conversations.addIfAbsent(notice)) {
            return false; // already told
        }
        adults.tell(notice.id(), familyId, kind, senderName, subject, body, link);
        return true;
    }

    /** What {@link #tellAllOnce} tells one family. */
    record Notice(UUID causeId, FamilyId familyId, NotificationKind kind, String senderName, String subject,
                  String body, @Nullable String link) {
    }

    /**
     * Tells many families at once, each cause once as {@link #tellOnce} does: the notices in a few statements, the
     * adults' e-mails and SMS read and enqueued together (ADR 0047). Returns how many were new.
     */
    int tellAllOnce(List<Notice> notices) {
        if (notices.isEmpty()) {
            return 0;
        }
        Instant now = clock.instant();
        Map<UUID, Conversation> byId = new LinkedHashMap<>();
        Map<UUID, Notice> noticeOf = new LinkedHashMap<>();
        for (Notice notice : notices) {
            Conversation conversation = Conversation.notice(notice.causeId(), notice.familyId(), null,
                    notice.senderName(), notice.subject(), notice.body(), notice.link(), now);
            if (byId.putIfAbsent(conversation.id(), conversation) == null) {
                noticeOf.put(conversation.id(), notice);
            }
        }
        Set<UUID> added = conversations.addAllIfAbsent(List.copyOf(byId.values()));
        List<AdultNotifier.Told> told = new ArrayList<>();
        noticeOf.forEach((id, notice) -> {
            if (added.contains(id)) {
                told.add(new AdultNotifier.Told(id, notice.familyId(), notice.kind(), notice.senderName(),
                        notice.subject(), notice.body(), notice.link()));
            }
        });
        adults.tellAll(told);
        return told.size();
    }
}
