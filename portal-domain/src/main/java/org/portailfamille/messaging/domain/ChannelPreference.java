package org.portailfamille.messaging.domain;

import java.util.Objects;

/** Whether an adult wants e-mail and SMS for one kind of event. */
public record ChannelPreference(NotificationKind kind, boolean email, boolean sms) {
    public ChannelPreference {
        Objects.requireNonNull(kind, "kind");
    }
}
