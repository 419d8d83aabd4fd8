package org.portailfamille.accounts.application.service;

import org.portailfamille.accounts.application.port.in.GuardianForm;
import org.portailfamille.accounts.application.port.in.HandleRegistrationDecisionUseCase;
import org.portailfamille.accounts.application.port.in.PartnerNames;
import org.portailfamille.accounts.application.port.in.RegistrationDecision;
import org.portailfamille.accounts.application.port.in.RegistrationForm;
import org.portailfamille.accounts.application.port.out.AccountNotifications;
import org.portailfamille.accounts.application.port.out.AppliedRequests;
import org.portailfamille.accounts.application.port.out.Children;
import org.portailfamille.accounts.application.port.out.FamilyHistory;
import org.portailfamille.accounts.domain.Child;
import org.portailfamille.accounts.domain.FamilyHistoryEntry;
import org.portailfamille.accounts.domain.HealthRecord;
import org.portailfamille.accounts.domain.Sex;
import org.portailfamille.shared.FamilyId;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

public class HandleRegistrationDecisionService implements HandleRegistrationDecisionUseCase {

    private final FamilyAccounts accounts;
    private final AccountNotifications notifications;
    private final AppliedRequests appliedRequests;
    private final Children children;
    private final FamilyHistory history;
    private final Clock clock;

    public HandleRegistrationDecisionService(FamilyAccounts accounts, AccountNotifications notifications,
                                             AppliedRequests appliedRequests, Children children,
                                             FamilyHistory history, Clock clock) {
        this.accounts = accounts;
        this.notifications = notifications;
        this.appliedRequests = appliedRequests;
        this.children = children;
        this.history = history;
        this.clock = clock;
    }

    @Override
    public void handleRegistrationDecision(RegistrationDecision decision) {
        if (!appliedRequests.markApplied(decision.requestId(), clock.instant())) {
            return;
        }
        Map<String, String> v = decision.payload();
        String displayName = v.get("firstName") + " " + v.get("lastName");
        if (!decision.accepted()) {
            notifications.sendRegistrationRefused(v.get("email"), displayName, decision.refusalReason());
            return;
        }
        PartnerNames partner = v.containsKey("partnerLastName") ? new PartnerNames(v.get("partnerCivility"),
                v.get("partnerLastName"), v.get("partnerFirstName")) : PartnerNames.NONE;
        FamilyAccounts.Opened opened = accounts.open(FamilyFileChanges.guardianOf(GuardianForm.fromFields(v)),
                partner);
        addChildren(opened.family().id(), v, decision.decidedBy());
        notifications.sendCredentials(v.get("email"), displayName, opened.username().value(),
                opened.temporaryPassword());
    }

    /**
     * The children the application lists ("child1FirstName" … up to "childrenCount"), each a child of the new
     * family with the details typed, recorded in the family's history. A row that no longer makes a valid child
     * (an old application's unborn child) is left for staff to add.
     */
    private void addChildren(FamilyId familyId, Map<String, String> v, String decidedBy) {
        int count = parseCount(v.get("childrenCount"));
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        for (int i = 1; i <= count; i++) {
            String p = "child" + i;
            String firstName = v.getOrDefault(p + "FirstName", "");
            String lastName = v.getOrDefault(p + "LastName", "");
            if (lastName.isBlank()) {
                lastName = v.getOrDefault("lastName", "");
            }
            String sex = v.getOrDefault(p + "Sex", "");
            Child child;
            try {
                child = Child.register(familyId, firstName, lastName, LocalDate.parse(v.getOrDefault(p + "BirthDate",
                                "")), sex.equals("MALE") ? Sex.MALE : Sex.FEMALE, v.getOrDefault(p + "School", ""),
                        v.getOrDefault(p + "Class", ""), false, false, List.of(), HealthRecord.empty(), today);
            } catch (IllegalArgumentException | DateTimeParseException notAChild) {
                continue;
            }
            children.add(child);
            history.record(new FamilyHistoryEntry(familyId, child.id(), now, decidedBy, REASON,
                    child.firstName() + " " + child.lastName(), "field.child", "",
                    child.firstName() + " " + child.lastName() + " (" + child.birthDate() + ")", false));
        }
    }

    /** The reason recorded for children created from an application (a message key would not fit an agent's text). */
    static final String REASON = "Demande d'inscription acceptée";

    private static int parseCount(String text) {
        try {
            return Math.max(0, Math.min(RegistrationForm.MAX_CHILDREN, Integer.parseInt(text == null ? "0" : text)));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
