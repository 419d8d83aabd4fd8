package org.portailfamille.accounts.application.service;

import org.portailfamille.accounts.application.port.in.PartnerNames;
import org.portailfamille.accounts.application.port.in.RegistrationForm;
import org.portailfamille.accounts.application.port.in.RegistrationOutcome;
import org.portailfamille.accounts.application.port.in.RegistrationOutcome.Status;
import org.portailfamille.accounts.application.port.in.SubmitRegistrationUseCase;
import org.portailfamille.accounts.application.port.out.AccountNotifications;
import org.portailfamille.accounts.application.port.out.LoginAttempts;
import org.portailfamille.accounts.domain.LoginThrottlePolicy;
import org.portailfamille.requests.application.port.in.FieldChangeView;
import org.portailfamille.requests.application.port.in.SubmitRequestCommand;
import org.portailfamille.requests.application.port.in.SubmitRequestUseCase;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

public class SubmitRegistrationService implements SubmitRegistrationUseCase {

    static final String TYPE = "accounts.registration";
    /** Confirmation mails to one address within {@link #MAIL_WINDOW} of the last one. */
    static final int MAX_MAILS_PER_ADDRESS = 3;
    static final java.time.Duration MAIL_WINDOW = java.time.Duration.ofHours(24);

    private final SubmitRequestUseCase submitRequest;
    private final FamilyFileChanges fileChanges;
    private final LoginAttempts counters;
    private final AccountNotifications notifications;
    private final Clock clock;

    public SubmitRegistrationService(SubmitRequestUseCase submitRequest, FamilyFileChanges fileChanges,
                                     LoginAttempts counters, AccountNotifications notifications, Clock clock) {
        this.submitRequest = submitRequest;
        this.fileChanges = fileChanges;
        this.counters = counters;
        this.notifications = notifications;
        this.clock = clock;
    }

    @Override
    public RegistrationOutcome submitRegistration(RegistrationForm form) {
        Instant now = clock.instant();
        String counterKey = "registration:" + form.remoteAddress();
        boolean tooMany = counters.of(counterKey)
                .filter(count -> !LoginThrottlePolicy.counterExpired(count, now))
                .filter(count -> count.failures() >= MAX_PER_ADDRESS_PER_HOUR)
                .isPresent();
        if (tooMany) {
            return new RegistrationOutcome(Status.TOO_MANY, Map.of());
        }
        Map<String, String> problems = form.problems(LocalDate.now(clock));
        if (!problems.isEmpty()) {
            return new RegistrationOutcome(Status.INVALID, problems);
        }
        Map<String, String> guardian = form.guardian().fields();
        Map<String, String> payload = new LinkedHashMap<>(guardian);
        List<FieldChangeView> shown = new ArrayList<>();
        guardian.forEach((field, value) -> {
            if (!value.isEmpty() && !field.endsWith("Consent")) {
                shown.add(fileChanges.shown(field, "", value));
            }
        });
        PartnerNames partner = form.partner();
        if (partner.given()) {
            payload.put("partnerCivility", partner.civility());
            payload.put("partnerLastName", partner.lastName().toUpperCase(Locale.FRENCH));
            payload.put("partnerFirstName", partner.firstName());
            shown.add(new FieldChangeView("field.partnerLastName", "", partner.lastName(), false));
            shown.add(new FieldChangeView("field.partnerFirstName", "", partner.firstName(), false));
        }
        List<RegistrationForm.ChildRow> children = form.givenChildren();
        for (int i = 1; i <= children.size(); i++) {
            RegistrationForm.ChildRow child = children.get(i - 1);
            String p = "child" + i;
            String lastName = child.lastName().isEmpty()
                    ? form.guardian().adult().lastName().toUpperCase(Locale.FRENCH) : child.lastName();
            payload.put(p + "FirstName", child.firstName());
            payload.put(p + "LastName", lastName);
            payload.put(p + "BirthDate", child.birthDate());
            payload.put(p + "Sex", child.sex());
            payload.put(p + "School", child.school());
            payload.put(p + "Class", child.schoolClass());
            String school = (child.school() + " " + child.schoolClass()).strip();
            shown.add(new FieldChangeView("field.child", "", child.firstName() + " " + lastName + " ("
                    + child.birthDate() + (school.isEmpty() ? "" : ", " + school) + ")", false));
        }
        payload.put("childrenCount", Integer.toString(children.size()));
        if (!form.message().isEmpty()) {
            payload.put("message", form.message());
            shown.add(new FieldChangeView("field.message", "", form.message(), false));
        }
        counters.recordFailure(counterKey, now, now.minus(LoginThrottlePolicy.COUNTER_RESET_AFTER));
        submitRequest.submitRequest(new SubmitRequestCommand(TYPE, "ACCOUNT", null, null, "inscription", shown, payload));
        // At most MAX_MAILS_PER_ADDRESS confirmations a day to one address (issue 13, finding 9): the application is
        // recorded all the same, but a typed address cannot be flooded with the portal's mail.
        String email = form.guardian().adult().email();
        String mailKey = "registration-mail:" + email.toLowerCase(Locale.ROOT);
        boolean mailedEnough = counters.of(mailKey)
                .filter(count -> !count.lastFailureAt().plus(MAIL_WINDOW).isBefore(now))
                .filter(count -> count.failures() >= MAX_MAILS_PER_ADDRESS)
                .isPresent();
        if (!mailedEnough) {
            counters.recordFailure(mailKey, now, now.minus(MAIL_WINDOW));
            notifications.sendRegistrationReceived(email, form.guardian().displayName());
        }
        return new RegistrationOutcome(Status.SUBMITTED, Map.of());
    }
}
