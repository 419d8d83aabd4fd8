package org.portailfamille.accounts.application.service;

import org.portailfamille.accounts.application.port.in.RegistrationForm;
import org.portailfamille.accounts.application.port.in.RegistrationOutcome;
import org.portailfamille.accounts.application.port.in.RegistrationOutcome.Status;
import org.portailfamille.accounts.application.port.in.SubmitRegistrationUseCase;
import org.portailfamille.accounts.application.port.out.AccountNotifications;
import org.portailfamille.accounts.application.port.out.LoginAttempts;
import org.portailfamille.accounts.application.service.FamilyFileFields.Kind;
import org.portailfamille.accounts.domain.LoginThrottlePolicy;
import org.portailfamille.requests.application.port.in.FieldChangeView;
import org.portailfamille.requests.application.port.in.SubmitRequestCommand;
import org.portailfamille.requests.application.port.in.SubmitRequestUseCase;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

public class SubmitRegistrationService implements SubmitRegistrationUseCase {

    static final String TYPE = "accounts.registration";
    private static final int MAX_MESSAGE = 2000;

    private final SubmitRequestUseCase submitRequest;
    private final LoginAttempts counters;
    private final AccountNotifications notifications;
    private final Clock clock;

    public SubmitRegistrationService(SubmitRequestUseCase submitRequest, LoginAttempts counters,
                                     AccountNotifications notifications, Clock clock) {
        this.submitRequest = submitRequest;
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
        Map<String, String> guardian = FamilyFileFields.normalise(Kind.GUARDIAN, form.values());
        Map<String, String> problems = new LinkedHashMap<>(FamilyFileFields.problems(Kind.GUARDIAN, guardian));
        if (guardian.get("email").isEmpty()) {
            problems.put("email", "required");
        }
        Map<String, String> payload = new LinkedHashMap<>(guardian);
        List<FieldChangeView> shown = new ArrayList<>();
        guardian.forEach((field, value) -> {
            if (!value.isEmpty() && !field.endsWith("Consent")) {
                shown.add(new FieldChangeView("field." + field, "", FamilyFileFields.display(field, value),
                        FamilyFileFields.isCoded(field)));
            }
        });
        String partnerLastName = clean(form.values().get("partnerLastName"));
        String partnerFirstName = clean(form.values().get("partnerFirstName"));
        if (!partnerLastName.isEmpty() || !partnerFirstName.isEmpty()) {
            String civility = clean(form.values().get("partnerCivility"));
            FamilyFileFields.checkPartnerNames(civility, partnerLastName, partnerFirstName, problems);
            payload.put("partnerCivility", civility);
            payload.put("partnerLastName", partnerLastName.toUpperCase(java.util.Locale.FRENCH));
            payload.put("partnerFirstName", partnerFirstName);
            shown.add(new FieldChangeView("field.partnerLastName", "", partnerLastName, false));
            shown.add(new FieldChangeView("field.partnerFirstName", "", partnerFirstName, false));
        }
        int children = 0;
        for (int i = 1; i <= RegistrationForm.MAX_CHILDREN; i++) {
            String firstName = clean(form.values().get("child" + i + "FirstName"));
            String birthDate = clean(form.values().get("child" + i + "BirthDate"));
            if (firstName.isEmpty() && birthDate.isEmpty()) {
                continue;
            }
            children++;
            FamilyFileFields.checkName("child" + i + "FirstName", firstName, problems);
            LocalDate born = parseDate(birthDate);
            if (born == null || born.isAfter(LocalDate.now(clock).plusMonths(9))
                    || born.isBefore(LocalDate.now(clock).minusYears(18))) {
                problems.put("child" + i + "BirthDate", "birthDate");
            }
            payload.put("child" + children + "FirstName", firstName);
            payload.put("child" + children + "BirthDate", birthDate);
            shown.add(new FieldChangeView("field.child", "", firstName + " (" + birthDate + ")", false));
        }
        payload.put("childrenCount", Integer.toString(children));
        String message = clean(form.values().get("message"));
        if (message.length() > MAX_MESSAGE) {
            problems.put("message", "tooLong");
        } else if (message.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            problems.put("message", "characters");
        }
        if (!message.isEmpty()) {
            payload.put("message", message);
            shown.add(new FieldChangeView("field.message", "", message, false));
        }
        if (!problems.isEmpty()) {
            return new RegistrationOutcome(Status.INVALID, problems);
        }
        counters.recordFailure(counterKey, now, now.minus(LoginThrottlePolicy.COUNTER_RESET_AFTER));
        submitRequest.submitRequest(new SubmitRequestCommand(TYPE, "ACCOUNT", null, null, "inscription", shown, payload));
        notifications.sendRegistrationReceived(guardian.get("email"),
                guardian.get("firstName") + " " + guardian.get("lastName"));
        return new RegistrationOutcome(Status.SUBMITTED, Map.of());
    }

    private static LocalDate parseDate(String text) {
        try {
            return text.isEmpty() ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String clean(String value) {
        return value == null ? "" : value.strip();
    }
}
