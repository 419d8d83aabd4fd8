package org.portailfamille.messaging.domain;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NotificationPreferencesTest {

    @Test
    void kinds_never_chosen_follow_the_consents_of_mon_compte() {
        NotificationPreferences preferences = NotificationPreferences.of(true, false, List.of());
        for (NotificationKind kind : NotificationKind.values()) {
            assertThat(preferences.forKind(kind)).isEqualTo(new ChannelPreference(kind, true, false));
            assertThat(preferences.isDefault(kind)).isTrue();
        }
    }

    @Test
    void a_choice_overrides_the_consents_for_its_kind_only() {
        NotificationPreferences preferences = NotificationPreferences.of(false, false, List.of(
                new ChannelPreference(NotificationKind.PLACE_OFFERED, true, true)));
        assertThat(preferences.emails(NotificationKind.PLACE_OFFERED, "a@b.fr")).isTrue();
        assertThat(preferences.texts(NotificationKind.PLACE_OFFERED, "0612345678")).isTrue();
        assertThat(preferences.isDefault(NotificationKind.PLACE_OFFERED)).isFalse();
        assertThat(preferences.emails(NotificationKind.NEW_INVOICE, "a@b.fr")).isFalse();
    }

    @Test
    void no_address_or_no_mobile_means_no_such_channel() {
        NotificationPreferences preferences = NotificationPreferences.of(true, true, List.of());
        assertThat(preferences.emails(NotificationKind.NEW_MESSAGE, " ")).isFalse();
        assertThat(preferences.texts(NotificationKind.NEW_MESSAGE, "")).isFalse();
    }

    @Test
    void contact_cards_check_phone_and_email() {
        assertThat(new ContactCard(null, "1 place", "05 61 00 00 00", "mairie@saint-jean.fr").problems()).isEmpty();
        assertThat(new ContactCard(null, "", "", "").problems()).isEmpty();
        assertThat(new ContactCard(null, "x".repeat(501), "abc", "pas-une-adresse").problems())
                .containsExactly("ADDRESS_TOO_LONG", "PHONE_INVALID", "EMAIL_INVALID");
    }
}
