package org.portailfamille.planning.application.service;

import org.portailfamille.accounts.application.port.in.GetChildNamesUseCase;
import org.portailfamille.planning.application.port.in.ApplyPlanningRequestDecisionUseCase;
import org.portailfamille.planning.domain.Absence;
import org.portailfamille.planning.domain.Activity;
import org.portailfamille.planning.domain.Reservation;
import org.portailfamille.requests.application.port.in.FieldChangeView;
import org.portailfamille.requests.application.port.in.RecordAcceptedRequestUseCase;
import org.portailfamille.requests.application.port.in.SubmitRequestCommand;
import org.portailfamille.requests.application.port.in.SubmitRequestUseCase;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The planning's demands as requests of the requests module, in the area "Mes enfants": "Réservations" (a booking
 * or a cancellation, told apart by the change "Demande") and "Absences". The changes are what the family and staff
 * read (child, activity, day, reason…); the payload names the reservation or absence for the decision.
 */
public final class PlanningRequestRecords {

    static final String KIND = "kind";
    static final String KIND_BOOKING = "booking";
    static final String KIND_CANCELLATION = "cancellation";
    static final String RESERVATION_ID = "reservationId";
    static final String ABSENCE_ID = "absenceId";
    static final String CERTIFICATE_ID = "certificateId";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE dd/MM/yyyy", Locale.FRENCH);

    private final SubmitRequestUseCase submitRequest;
    private final RecordAcceptedRequestUseCase recordAccepted;
    private final GetChildNamesUseCase childNames;

    public PlanningRequestRecords(SubmitRequestUseCase submitRequest, RecordAcceptedRequestUseCase recordAccepted,
                                  GetChildNamesUseCase childNames) {
        this.submitRequest = submitRequest;
        this.recordAccepted = recordAccepted;
        this.childNames = childNames;
    }

    /** A booking: accepted at once when confirmed at once, pending when staff validate it. */
    UUID booked(Reservation reservation, Activity activity, String submittedBy, boolean confirmedAtOnce) {
        SubmitRequestCommand command = reservationRequest(reservation, activity, submittedBy, KIND_BOOKING);
        return confirmedAtOnce ? recordAccepted.recordAcceptedRequest(command) : submitRequest.submitRequest(command);
    }

    /** A cancellation within the deadline: carried out at once, recorded as accepted. */
    UUID cancelled(Reservation reservation, Activity activity, String submittedBy) {
        return recordAccepted.recordAcceptedRequest(
                reservationRequest(reservation, activity, submittedBy, KIND_CANCELLATION));
    }

    /** An absence, pending until staff rule it excused (accepted) or billed (refused). */
    UUID absence(Absence absence, Activity activity, String submittedBy) {
        List<FieldChangeView> changes = new ArrayList<>(common(absence.family(), absence.child(), activity,
                absence.day()));
        changes.add(new FieldChangeView("planning.request.field.reason", "",
                "planning.absence.reason." + absence.reason().name(), true));
        changes.add(new FieldChangeView("planning.request.field.comment", "", absence.comment(), false));
        changes.add(new FieldChangeView("planning.request.field.certificate", "",
                absence.certificateId() == null ? "planning.request.certificate.none"
                        : "planning.request.certificate.attached", true));
        Map<String, String> payload = payload(absence.child().value(), activity, absence.day());
        payload.put(ABSENCE_ID, absence.id().toString());
        if (absence.certificateId() != null) {
            payload.put(CERTIFICATE_ID, absence.certificateId().toString());
        }
        return submitRequest.submitRequest(new SubmitRequestCommand(ApplyPlanningRequestDecisionUseCase.ABSENCE,
                "CHILDREN", absence.family(), absence.child(), submittedBy, changes, payload));
    }

    private SubmitRequestCommand reservationRequest(Reservation reservation, Activity activity, String submittedBy,
                                                    String kind) {
        List<FieldChangeView> changes = new ArrayList<>();
        changes.add(new FieldChangeView("planning.request.field.kind", "", "planning.request.kind." + kind, true));
        changes.addAll(common(reservation.family(), reservation.child(), activity, reservation.day()));
        Map<String, String> payload = payload(reservation.child().value(), activity, reservation.day());
        payload.put(KIND, kind);
        payload.put(RESERVATION_ID, reservation.id().toString());
        return new SubmitRequestCommand(ApplyPlanningRequestDecisionUseCase.RESERVATION, "CHILDREN",
                reservation.family(), reservation.child(), submittedBy, changes, payload);
    }

    private List<FieldChangeView> common(org.portailfamille.shared.FamilyId family,
                                         org.portailfamille.shared.ChildId child, Activity activity, LocalDate day) {
        return List.of(
                new FieldChangeView("planning.request.field.child", "", FamilyChildNames.nameOf(childNames, family, child).orElse(""),
                        false),
                new FieldChangeView("planning.request.field.activity", "", activity.name(), false),
                new FieldChangeView("planning.request.field.day", "", DAY.format(day), false));
    }

    private static Map<String, String> payload(UUID child, Activity activity, LocalDate day) {
        Map<String, String> payload = new LinkedHashMap<>();
        payload.put("childId", child.toString());
        payload.put("activityId", activity.id().value().toString());
        payload.put("day", day.toString());
        return payload;
    }
}
