package org.portailfamille.messaging.application.service;

import org.portailfamille.accounts.application.port.in.AdultView;
import org.portailfamille.accounts.application.port.in.FamilyFile;
import org.portailfamille.accounts.application.port.in.GetFamilyFileUseCase;
import org.portailfamille.messaging.application.port.in.ChangeNotificationPreferencesCommand;
import org.portailfamille.messaging.application.port.in.ChangeNotificationPreferencesUseCase;
import org.portailfamille.messaging.application.port.in.ChannelChoice;
import org.portailfamille.messaging.application.port.in.MessageProblem;
import org.portailfamille.messaging.application.port.out.PreferenceChoices;
import org.portailfamille.messaging.domain.ChannelPreference;
import org.portailfamille.messaging.domain.FamilyAdult;
import org.portailfamille.messaging.domain.NotificationKind;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

public class ChangeNotificationPreferencesService implements ChangeNotificationPreferencesUseCase {

    private final GetFamilyFileUseCase familyFiles;
    private final PreferenceChoices choices;

    public ChangeNotificationPreferencesService(GetFamilyFileUseCase familyFiles, PreferenceChoices choices) {
        this.familyFiles = familyFiles;
        this.choices = choices;
    }

    @Override
    public List<MessageProblem> changeNotificationPreferences(ChangeNotificationPreferencesCommand command) {
        Optional<FamilyAdult> adult = Arrays.stream(FamilyAdult.values())
                .filter(value -> value.name().equals(command.adult())).findFirst();
        Optional<FamilyFile> file = familyFiles.familyFile(command.familyId());
        AdultView view = adult.isEmpty() || file.isEmpty() ? null
                : ViewNotificationPreferencesService.adultOf(file.get(), adult.get());
        if (view == null) {
            return List.of(MessageProblem.of("UNKNOWN_ADULT"));
        }
        List<MessageProblem> problems = new ArrayList<>();
        if (command.choices().stream().anyMatch(ChannelChoice::email) && view.email().isBlank()) {
            problems.add(MessageProblem.of("NO_EMAIL_ADDRESS"));
        }
        if (command.choices().stream().anyMatch(ChannelChoice::sms) && view.mobilePhone().isBlank()) {
            problems.add(MessageProblem.of("NO_MOBILE_PHONE"));
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        choices.save(command.familyId(), adult.get(), command.choices().stream()
                .map(choice -> new ChannelPreference(NotificationKind.valueOf(choice.kind().name()), choice.email(),
                        choice.sms())).toList());
        return List.of();
    }
}
