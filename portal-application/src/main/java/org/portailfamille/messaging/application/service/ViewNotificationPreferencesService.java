package org.portailfamille.messaging.application.service;

import org.portailfamille.accounts.application.port.in.AdultView;
import org.portailfamille.accounts.application.port.in.FamilyFile;
import org.portailfamille.accounts.application.port.in.GetFamilyFileUseCase;
import org.portailfamille.messaging.application.port.in.AdultPreferences;
import org.portailfamille.messaging.application.port.in.ChannelChoice;
import org.portailfamille.messaging.application.port.in.NoticeKind;
import org.portailfamille.messaging.application.port.in.ViewNotificationPreferencesUseCase;
import org.portailfamille.messaging.application.port.out.PreferenceChoices;
import org.portailfamille.messaging.domain.FamilyAdult;
import org.portailfamille.messaging.domain.NotificationKind;
import org.portailfamille.messaging.domain.NotificationPreferences;
import org.portailfamille.shared.FamilyId;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

public class ViewNotificationPreferencesService implements ViewNotificationPreferencesUseCase {

    private final GetFamilyFileUseCase familyFiles;
    private final PreferenceChoices choices;

    public ViewNotificationPreferencesService(GetFamilyFileUseCase familyFiles, PreferenceChoices choices) {
        this.familyFiles = familyFiles;
        this.choices = choices;
    }

    @Override
    public List<AdultPreferences> notificationPreferences(FamilyId familyId) {
        List<AdultPreferences> adults = new ArrayList<>();
        familyFiles.familyFile(familyId).ifPresent(file -> {
            adults.add(of(familyId, FamilyAdult.GUARDIAN, file.guardian()));
            if (file.partner() != null) {
                adults.add(of(familyId, FamilyAdult.PARTNER, file.partner()));
            }
        });
        return adults;
    }

    private AdultPreferences of(FamilyId familyId, FamilyAdult adult, AdultView view) {
        NotificationPreferences preferences = NotificationPreferences.of(view.emailConsent(), view.smsConsent(),
                choices.of(familyId, adult));
        List<ChannelChoice> channelChoices = Arrays.stream(NotificationKind.values()).map(kind -> {
            var choice = preferences.forKind(kind);
            return new ChannelChoice(NoticeKind.valueOf(kind.name()), choice.email(), choice.sms(),
                    preferences.isDefault(kind));
        }).toList();
        return new AdultPreferences(adult.name(), (view.firstName() + " " + view.lastName()).strip(),
                view.email().strip(), view.mobilePhone().strip(), channelChoices);
    }

    static AdultView adultOf(FamilyFile file, FamilyAdult adult) {
        return adult == FamilyAdult.GUARDIAN ? file.guardian() : file.partner();
    }
}
