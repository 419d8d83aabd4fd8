package org.portailfamille.messaging.domain;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The e-mail and SMS choices of one family adult, per kind of event. A kind the adult never chose follows the
 * consents of Mon compte ("Autorisation courriel", "Autorisation SMS"); a channel without an address or a mobile
 * number is never used, whatever was chosen.
 */
public final class NotificationPreferences {

    private final boolean emailConsent;
    private final boolean smsConsent;
    private final Map<NotificationKind, ChannelPreference> chosen;

    private NotificationPreferences(boolean emailConsent, boolean smsConsent, Collection<ChannelPreference> chosen) {
        this.emailConsent = emailConsent;
        this.smsConsent = smsConsent;
        this.chosen = new EnumMap<>(NotificationKind.class);
        chosen.forEach(preference -> this.chosen.put(preference.kind(), preference));
    }

    /** The adult's stored choices (possibly none) over the consents of its family file. */
    public static NotificationPreferences of(boolean emailConsent, boolean smsConsent,
                                             Collection<ChannelPreference> chosen) {
        return new NotificationPreferences(emailConsent, smsConsent, Objects.requireNonNull(chosen, "chosen"));
    }

    /** The choice for a kind: the stored one, else the consents. */
    public ChannelPreference forKind(NotificationKind kind) {
        return Optional.ofNullable(chosen.get(kind)).orElseGet(() -> new ChannelPreference(kind, emailConsent,
                smsConsent));
    }

    public boolean isDefault(NotificationKind kind) {
        return !chosen.containsKey(kind);
    }

    public List<ChannelPreference> all() {
        return java.util.Arrays.stream(NotificationKind.values()).map(this::forKind).toList();
    }

    /** Whether to e-mail this adult about {@code kind}: chosen (or consented) and an address is known. */
    public boolean emails(NotificationKind kind, String address) {
        return forKind(kind).email() && !address.isBlank();
    }

    /** Whether to text this adult about {@code kind}: chosen (or consented) and a mobile number is known. */
    public boolean texts(NotificationKind kind, String mobilePhone) {
        return forKind(kind).sms() && !mobilePhone.isBlank();
    }
}
