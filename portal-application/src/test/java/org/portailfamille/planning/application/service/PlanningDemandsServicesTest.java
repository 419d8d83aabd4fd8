package org.portailfamille.planning.application.service;

import org.junit.jupiter.api.Test;
import org.portailfamille.planning.PlaceOffered;
import org.portailfamille.planning.application.port.in.AbsenceForm;
import org.portailfamille.planning.application.port.in.AbsenceFormQuery;
import org.portailfamille.planning.application.port.in.BookDayCommand;
import org.portailfamille.planning.application.port.in.BookDayResult;
import org.portailfamille.planning.application.port.in.CancelDayCommand;
import org.portailfamille.planning.application.port.in.CancelDayOutcome;
import org.portailfamille.planning.application.port.in.DeadlineRule;
import org.portailfamille.planning.application.port.in.DeclareAbsenceCommand;
import org.portailfamille.planning.application.port.in.DeclareAbsenceResult;
import org.portailfamille.planning.application.port.in.DeclareAbsenceResult.Outcome;
import org.portailfamille.planning.application.port.in.EnrolChildCommand;
import org.portailfamille.planning.application.port.in.JoinWaitingListCommand;
import org.portailfamille.planning.application.port.in.PlanningRequestDecision;
import org.portailfamille.planning.application.port.in.SetUpActivityCommand;
import org.portailfamille.planning.application.service.InMemoryPlanning.RecordedRequest;
import org.portailfamille.planning.domain.Absence;
import org.portailfamille.planning.domain.AbsenceStatus;
import org.portailfamille.planning.domain.Certificate;
import org.portailfamille.planning.domain.ReservationStatus;
import org.portailfamille.requests.application.port.in.FieldChangeView;
import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.FamilyId;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reservation and absence demands on in-memory ports: requests recorded accepted at once or pending, staff decisions
 * and their effects (idempotent), the absence rules and the certificates checked by content.
 */
class PlanningDemandsServicesTest extends PlanningServicesFixture {

    static final LocalDate THURSDAY = LocalDate.of(2027, 3, 4);

    static final byte[] PDF = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};
    static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0};
    static final byte[] HTML = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);

    final DeclareAbsenceService declare = new DeclareAbsenceService(store.days, store.reservations, store.absences,
            store.certificates, store.files, store.childNames, store.requestRecords, store.activities, clock);
    final ApplyPlanningRequestDecisionService decisions = new ApplyPlanningRequestDecisionService(store.activities,
            store.reservations, store.absences, store.activityDays, store.freedPlaces,
            new ReassessAttendanceService(store.activities, store.absences, store.attendances, event -> { }, clock),
            clock);
    final ListFamilyWaitingService familyWaiting = new ListFamilyWaitingService(store.waitingLists, store.activities,
            store.childNames);
    /** Staff reads of health data (accounts' audit trail, at the edge of planning). */
    final java.util.List<String> healthReads = new java.util.ArrayList<>();
    final GetAbsenceCertificateService certificates = new GetAbsenceCertificateService(store.absences,
            store.certificates, store.files, new org.portailfamille.accounts.application.port.in.AuditHealthDataUseCase() {
                public void recordHealthDataRead(String reader, ChildId childId, String purpose) {
                    healthReads.add(reader + " " + childId + " " + purpose);
                }

                public java.util.List<org.portailfamille.accounts.application.port.in.HealthDataReadView>
                healthDataReads(ChildId childId) {
                    return java.util.List.of();
                }
            });

    UUID activity(int places, String mode) {
        return setUpActivity.setUpActivity(new SetUpActivityCommand(facility, UUID.randomUUID(), "Accueil du soir",
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), places, 1, mode,
                DeadlineRule.daysBefore(1, LocalTime.of(18, 0)), SetUpActivityCommand.SAME_AS_BOOKING, null));
    }

    Kid kid(UUID activity, String name, Set<DayOfWeek> regularDays) {
        Kid kid = new Kid(FamilyId.newId(), ChildId.newId());
        store.children.put(kid.child(), Map.entry(kid.family(), name));
        enrol.enrolChild(new EnrolChildCommand(kid.family(), kid.child(), activity, LocalDate.of(2026, 9, 1),
                LocalDate.of(2027, 7, 6), regularDays));
        return kid;
    }

    Kid kid(UUID activity, String name) {
        return kid(activity, name, Set.of());
    }

    BookDayResult book(Kid kid, UUID activity, LocalDate day) {
        return book.bookDay(new BookDayCommand(kid.family(), kid.child(), activity, day, "parent.login"));
    }

    DeclareAbsenceResult declare(Kid kid, UUID activity, LocalDate day, String reason, byte[] certificate) {
        return declare.declareAbsence(new DeclareAbsenceCommand(kid.family(), kid.child(), activity, day, reason,
                "Fièvre", certificate, "parent.login"));
    }

    void today(LocalDate day) {
        clock.set(day.atTime(9, 0).atZone(PARIS).toInstant());
    }

    static String value(RecordedRequest request, String labelKey) {
        return request.command().changes().stream().filter(change -> change.labelKey().equals(labelKey))
                .map(FieldChangeView::newValue).findFirst().orElseThrow();
    }

    // --- bookings and cancellations as requests ---

    @Test
    void a_booking_confirmed_at_once_is_recorded_as_an_accepted_request_naming_child_activity_and_day() {
        UUID activity = activity(5, "CONFIRMED_AT_ONCE");
        Kid lea = kid(activity, "Léa DUPONT");

        BookDayResult result = book(lea, activity, WEDNESDAY);

        assertThat(store.requests).hasSize(1);
        RecordedRequest request = store.requests.get(0);
        assertThat(request.acceptedAtOnce()).isTrue();
        assertThat(request.command().type()).isEqualTo("planning.reservation");
        assertThat(request.command().area()).isEqualTo("CHILDREN");
        assertThat(request.command().familyId()).isEqualTo(lea.family());
        assertThat(request.command().childId()).isEqualTo(lea.child());
        assertThat(request.command().submittedBy()).isEqualTo("parent.login");
        assertThat(value(request, "planning.request.field.kind")).isEqualTo("planning.request.kind.booking");
        assertThat(value(request, "planning.request.field.child")).isEqualTo("Léa DUPONT");
        assertThat(value(request, "planning.request.field.activity")).isEqualTo("Accueil du soir");
        assertThat(value(request, "planning.request.field.day")).isEqualTo("mercredi 03/03/2027");
        assertThat(request.command().payload()).containsEntry("reservationId", result.reservationId().toString())
                .containsEntry("day", "2027-03-03").containsEntry("kind", "booking");
    }

    @Test
    void a_booking_validated_by_staff_is_a_pending_request_and_booking_again_records_nothing_more() {
        UUID activity = activity(5, "VALIDATED_BY_STAFF");
        Kid lea = kid(activity, "Léa DUPONT");

        book(lea, activity, WEDNESDAY);
        book(lea, activity, WEDNESDAY);

        assertThat(store.requests).singleElement().satisfies(request -> assertThat(request.acceptedAtOnce()).isFalse());
    }

    @Test
    void a_full_day_records_no_request_and_a_cancellation_is_an_accepted_annulation() {
        UUID activity = activity(1, "CONFIRMED_AT_ONCE");
        Kid lea = kid(activity, "Léa DUPONT");
        Kid tom = kid(activity, "Tom MARTIN");
        book(lea, activity, WEDNESDAY);
        assertThat(book(tom, activity, WEDNESDAY).outcome()).isEqualTo(BookDayResult.Outcome.FULL);
        assertThat(store.requests).hasSize(1);

        assertThat(cancel.cancelDay(new CancelDayCommand(lea.family(), lea.child(), activity, WEDNESDAY, "parent.login")))
                .isEqualTo(CancelDayOutcome.CANCELLED);

        RecordedRequest cancellation = store.requests.get(1);
        assertThat(cancellation.acceptedAtOnce()).isTrue();
        assertThat(cancellation.command().type()).isEqualTo("planning.reservation");
        assertThat(value(cancellation, "planning.request.field.kind")).isEqualTo("planning.request.kind.cancellation");
        assertThat(cancellation.command().payload()).containsEntry("kind", "cancellation");
    }

    // --- staff decisions on bookings ---

    @Test
    void accepting_a_pending_booking_confirms_it_once_and_a_cancelled_one_is_a_conflict() {
        UUID activity = activity(5, "VALIDATED_BY_STAFF");
        Kid lea = kid(activity, "Léa DUPONT");
        UUID reservation = book(lea, activity, WEDNESDAY).reservationId();
        RecordedRequest request = store.requests.get(0);
        assertThat(decisions.conflictWithCurrentState(request.command().type(), request.command().payload())).isEmpty();

        PlanningRequestDecision accepted = new PlanningRequestDecision(request.id(), "planning.reservation",
                request.command().payload(), true, null);
        decisions.applyDecision(accepted);
        decisions.applyDecision(accepted);

        assertThat(store.reservations.byId(reservation).orElseThrow().status()).isEqualTo(ReservationStatus.CONFIRMED);
        assertThat(decisions.conflictWithCurrentState(request.command().type(), request.command().payload()))
                .contains("planning.request.conflict.reservation");
    }

    @Test
    void refusing_a_pending_booking_refuses_it_and_offers_its_place_to_the_first_waiting_once() {
        UUID activity = activity(1, "VALIDATED_BY_STAFF");
        Kid lea = kid(activity, "Léa DUPONT");
        Kid tom = kid(activity, "Tom MARTIN");
        UUID reservation = book(lea, activity, WEDNESDAY).reservationId();
        join.joinWaitingList(new JoinWaitingListCommand(tom.family(), tom.child(), activity, WEDNESDAY));
        RecordedRequest request = store.requests.get(0);

        PlanningRequestDecision refused = new PlanningRequestDecision(request.id(), "planning.reservation",
                request.command().payload(), false, "Groupe complet");
        decisions.applyDecision(refused);
        decisions.applyDecision(refused);

        assertThat(store.reservations.byId(reservation).orElseThrow().status()).isEqualTo(ReservationStatus.REFUSED);
        assertThat(store.announced).singleElement().satisfies(offer -> {
            assertThat(offer.familyId()).isEqualTo(tom.family());
            assertThat(offer.childId()).isEqualTo(tom.child());
            assertThat(offer.childName()).isEqualTo("Tom MARTIN");
            assertThat(offer.activityName()).isEqualTo("Accueil du soir");
            assertThat(offer.day()).isEqualTo(WEDNESDAY);
            assertThat(offer.expiresAt()).isEqualTo(clock.instant().plus(Duration.ofHours(24)));
        });
        assertThat(store.offers.pendingOf(tom.family())).singleElement()
                .satisfies(pending -> assertThat(pending.id()).isEqualTo(store.announced.get(0).offerId()));
    }

    @Test
    void a_place_freed_by_a_cancellation_is_announced_to_the_waiting_family() {
        UUID activity = activity(1, "CONFIRMED_AT_ONCE");
        Kid lea = kid(activity, "Léa DUPONT");
        Kid tom = kid(activity, "Tom MARTIN");
        book(lea, activity, WEDNESDAY);
        join.joinWaitingList(new JoinWaitingListCommand(tom.family(), tom.child(), activity, WEDNESDAY));

        cancel.cancelDay(new CancelDayCommand(lea.family(), lea.child(), activity, WEDNESDAY));

        assertThat(store.announced).extracting(PlaceOffered::childId).containsExactly(tom.child());
    }

    // --- absences ---

    @Test
    void a_non_medical_absence_may_be_declared_until_the_day_and_is_a_pending_absences_request() {
        UUID activity = activity(5, "CONFIRMED_AT_ONCE");
        Kid lea = kid(activity, "Léa DUPONT");
        book(lea, activity, WEDNESDAY);
        book(lea, activity, THURSDAY);
        today(THURSDAY);

        assertThat(declare(lea, activity, WEDNESDAY, "PERSONAL", null).outcome()).isEqualTo(Outcome.TOO_LATE);
        DeclareAbsenceResult result = declare(lea, activity, THURSDAY, "FAMILY_EVENT", null);

        assertThat(result.outcome()).isEqualTo(Outcome.DECLARED);
        Absence absence = store.absences.byId(result.absenceId()).orElseThrow();
        assertThat(absence.status()).isEqualTo(AbsenceStatus.PENDING);
        assertThat(absence.certificateId()).isNull();
        RecordedRequest request = store.requests.get(store.requests.size() - 1);
        assertThat(request.acceptedAtOnce()).isFalse();
        assertThat(request.command().type()).isEqualTo("planning.absence");
        assertThat(value(request, "planning.request.field.reason")).isEqualTo("planning.absence.reason.FAMILY_EVENT");
        assertThat(value(request, "planning.request.field.comment")).isEqualTo("Fièvre");
        assertThat(request.command().payload()).containsEntry("absenceId", absence.id().toString())
                .doesNotContainKey("certificateId");
    }

    @Test
    void a_medical_absence_may_be_declared_up_to_seven_days_after_the_day() {
        UUID activity = activity(5, "CONFIRMED_AT_ONCE");
        Kid lea = kid(activity, "Léa DUPONT");
        book(lea, activity, WEDNESDAY);
        book(lea, activity, THURSDAY);

        today(WEDNESDAY.plusDays(7));
        assertThat(declare(lea, activity, WEDNESDAY, "ILLNESS", PDF).outcome()).isEqualTo(Outcome.DECLARED);
        assertThat(declare(lea, activity, THURSDAY, "ILLNESS", PDF).outcome()).isEqualTo(Outcome.DECLARED);
        today(THURSDAY.plusDays(8));
        Kid tom = kid(activity, "Tom MARTIN");
        assertThat(declare(tom, activity, THURSDAY, "HOSPITALISATION", PDF).outcome()).isEqualTo(Outcome.NOT_BOOKED);
    }

    @Test
    void a_medical_absence_eight_days_after_is_too_late() {
        UUID activity = activity(5, "CONFIRMED_AT_ONCE");
        Kid lea = kid(activity, "Léa DUPONT");
        book(lea, activity, WEDNESDAY);
        today(WEDNESDAY.plusDays(8));

        assertThat(declare(lea, activity, WEDNESDAY, "ILLNESS", PDF).outcome()).isEqualTo(Outcome.TOO_LATE);
        assertThat(store.absenceRows).isEmpty();
        assertThat(store.fileRows).isEmpty();
    }

    @Test
    void only_a_booked_day_may_have_an_absence_a_regular_day_included() {
        UUID activity = activity(5, "CONFIRMED_AT_ONCE");
        Kid lea = kid(activity, "Léa DUPONT");
        Kid regular = kid(activity, "Jules PETIT", Set.of(DayOfWeek.THURSDAY));
        Kid stranger = new Kid(FamilyId.newId(), lea.child());
        book(lea, activity, WEDNESDAY);

        assertThat(declare(lea, activity, THURSDAY, "PERSONAL", null).outcome()).isEqualTo(Outcome.NOT_BOOKED);
        assertThat(declare(stranger, activity, WEDNESDAY, "PERSONAL", null).outcome()).isEqualTo(Outcome.NOT_BOOKED);
        assertThat(declare(regular, activity, WEDNESDAY, "PERSONAL", null).outcome()).isEqualTo(Outcome.NOT_BOOKED);
        assertThat(declare(regular, activity, THURSDAY, "PERSONAL", null).outcome()).isEqualTo(Outcome.DECLARED);
        assertThat(store.absenceRows).hasSize(1);
    }

    @Test
    void a_medical_absence_without_a_certificate_is_refused_and_nothing_is_stored() {
        UUID activity = activity(5, "CONFIRMED_AT_ONCE");
        Kid lea = kid(activity, "Léa DUPONT");
        book(lea, activity, WEDNESDAY);
        int requestsBefore = store.requests.size();

        assertThat(declare(lea, activity, WEDNESDAY, "ILLNESS", null).outcome()).isEqualTo(Outcome.CERTIFICATE_REQUIRED);
        assertThat(declare(lea, activity, WEDNESDAY, "HOSPITALISATION", new byte[0]).outcome())
                .isEqualTo(Outcome.CERTIFICATE_REQUIRED);
        assertThat(declare(lea, activity, WEDNESDAY, "VACATION", null).outcome()).isEqualTo(Outcome.REASON_UNKNOWN);
        assertThat(declare.declareAbsence(new DeclareAbsenceCommand(lea.family(), lea.child(), activity, WEDNESDAY,
                "PERSONAL", "x".repeat(501), null, "parent.login")).outcome()).isEqualTo(Outcome.COMMENT_TOO_LONG);

        assertThat(store.absenceRows).isEmpty();
        assertThat(store.fileRows).isEmpty();
        assertThat(store.certificateRows).isEmpty();
        assertThat(store.requests).hasSize(requestsBefore);
    }

    @Test
    void a_certificate_is_recognised_by_its_content_not_its_name_and_at_most_5_mb() {
        UUID activity = activity(5, "CONFIRMED_AT_ONCE");
        Kid lea = kid(activity, "Léa DUPONT");
        book(lea, activity, WEDNESDAY);

        assertThat(declare(lea, activity, WEDNESDAY, "ILLNESS", EXE).outcome()).isEqualTo(Outcome.CERTIFICATE_TYPE);
        assertThat(declare(lea, activity, WEDNESDAY, "ILLNESS", HTML).outcome()).isEqualTo(Outcome.CERTIFICATE_TYPE);
        byte[] huge = new byte[5 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, huge, 0, PDF.length);
        assertThat(declare(lea, activity, WEDNESDAY, "ILLNESS", huge).outcome()).isEqualTo(Outcome.CERTIFICATE_TOO_LARGE);
        assertThat(store.fileRows).isEmpty();
        assertThat(store.absenceRows).isEmpty();

        byte[] exactly5Mb = new byte[5 * 1024 * 1024];
        System.arraycopy(PNG, 0, exactly5Mb, 0, PNG.length);
        assertThat(declare.check(new DeclareAbsenceCommand(lea.family(), lea.child(), activity, WEDNESDAY, "ILLNESS",
                "", exactly5Mb, "parent.login")).outcome()).isEqualTo(Outcome.READY);
        assertThat(declare.check(new DeclareAbsenceCommand(lea.family(), lea.child(), activity, WEDNESDAY, "ILLNESS",
                "", JPEG, "parent.login")).outcome()).isEqualTo(Outcome.READY);
        assertThat(store.fileRows).isEmpty();
    }

    @Test
    void a_medical_absence_stores_its_certificate_and_declaring_it_twice_has_one_effect() throws Exception {
        UUID activity = activity(5, "CONFIRMED_AT_ONCE");
        Kid lea = kid(activity, "Léa DUPONT");
        book(lea, activity, WEDNESDAY);
        int requestsBefore = store.requests.size();

        DeclareAbsenceResult first = declare(lea, activity, WEDNESDAY, "ILLNESS", PDF);
        DeclareAbsenceResult second = declare(lea, activity, WEDNESDAY, "ILLNESS", PDF);

        assertThat(first.outcome()).isEqualTo(Outcome.DECLARED);
        assertThat(second.outcome()).isEqualTo(Outcome.ALREADY_DECLARED);
        assertThat(second.absenceId()).isEqualTo(first.absenceId());
        assertThat(store.absenceRows).hasSize(1);
        assertThat(store.fileRows).hasSize(1);
        assertThat(store.requests).hasSize(requestsBefore + 1);
        Absence absence = store.absences.byId(first.absenceId()).orElseThrow();
        Certificate certificate = store.certificateRows.get(absence.certificateId());
        assertThat(certificate.format().mediaType()).isEqualTo("application/pdf");
        assertThat(certificate.size()).isEqualTo(PDF.length);
        assertThat(certificate.family()).isEqualTo(lea.family());
        assertThat(certificate.child()).isEqualTo(lea.child());
        assertThat(certificate.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PDF)));
        assertThat(store.fileRows.get(certificate.id())).isEqualTo(PDF);
        RecordedRequest request = store.requests.get(store.requests.size() - 1);
        assertThat(request.command().payload()).containsEntry("certificateId", certificate.id().toString());
        assertThat(value(request, "planning.request.field.certificate")).isEqualTo("planning.request.certificate.attached");
    }

    @Test
    void the_certificate_goes_to_its_family_only_and_to_staff() {
        UUID activity = activity(5, "CONFIRMED_AT_ONCE");
        Kid lea = kid(activity, "Léa DUPONT");
        Kid tom = kid(activity, "Tom MARTIN");
        book(lea, activity, WEDNESDAY);
        UUID absence = declare(lea, activity, WEDNESDAY, "ILLNESS", PDF).absenceId();

        assertThat(certificates.familyCertificate(lea.family(), lea.child(), absence)).hasValueSatisfying(download -> {
            assertThat(download.mediaType()).isEqualTo("application/pdf");
            assertThat(download.fileName()).isEqualTo("certificat-2027-03-03.pdf");
            assertThat(download.content()).isEqualTo(PDF);
        });
        assertThat(certificates.familyCertificate(tom.family(), tom.child(), absence)).isEmpty();
        assertThat(certificates.familyCertificate(tom.family(), lea.child(), absence)).isEmpty();
        assertThat(certificates.familyCertificate(lea.family(), tom.child(), absence)).isEmpty();
        assertThat(healthReads).as("a family reading its own certificate is no staff read").isEmpty();
        assertThat(certificates.staffCertificate(absence, "agent")).isPresent();
        assertThat(healthReads).containsExactly("agent " + lea.child() + " certificate:" + absence);
        assertThat(certificates.staffCertificate(UUID.randomUUID(), "agent")).isEmpty();
        assertThat(healthReads).hasSize(1);
    }

    @Test
    void staff_accepting_an_absence_excuse_it_refusing_bills_it_each_once() {
        UUID activity = activity(5, "CONFIRMED_AT_ONCE");
        Kid lea = kid(activity, "Léa DUPONT");
        book(lea, activity, WEDNESDAY);
        book(lea, activity, THURSDAY);
        UUID excused = declare(lea, activity, WEDNESDAY, "PERSONAL", null).absenceId();
        RecordedRequest excusedRequest = store.requests.get(store.requests.size() - 1);
        UUID billed = declare(lea, activity, THURSDAY, "OTHER", null).absenceId();
        RecordedRequest billedRequest = store.requests.get(store.requests.size() - 1);

        decisions.applyDecision(new PlanningRequestDecision(excusedRequest.id(), "planning.absence",
                excusedRequest.command().payload(), true, null));
        decisions.applyDecision(new PlanningRequestDecision(billedRequest.id(), "planning.absence",
                billedRequest.command().payload(), false, "Absence non justifiée"));
        decisions.applyDecision(new PlanningRequestDecision(excusedRequest.id(), "planning.absence",
                excusedRequest.command().payload(), false, "rejoué"));

        assertThat(store.absences.byId(excused).orElseThrow().status()).isEqualTo(AbsenceStatus.EXCUSED);
        assertThat(store.absences.byId(billed).orElseThrow().status()).isEqualTo(AbsenceStatus.BILLED);
        assertThat(decisions.conflictWithCurrentState("planning.absence", excusedRequest.command().payload()))
                .contains("planning.request.conflict.absence");
    }

    @Test
    void the_absence_form_knows_the_child_the_rules_and_an_existing_absence() {
        UUID activity = activity(5, "CONFIRMED_AT_ONCE");
        Kid lea = kid(activity, "Léa DUPONT");
        book(lea, activity, WEDNESDAY);

        AbsenceForm form = declare.absenceForm(new AbsenceFormQuery(lea.family(), lea.child(), activity, WEDNESDAY))
                .orElseThrow();
        assertThat(form.childName()).isEqualTo("Léa DUPONT");
        assertThat(form.booked()).isTrue();
        assertThat(form.existingAbsenceId()).isNull();
        assertThat(form.lastDayNonMedical()).isEqualTo(WEDNESDAY);
        assertThat(form.lastDayMedical()).isEqualTo(WEDNESDAY.plusDays(7));
        assertThat(form.reasons()).containsExactly("ILLNESS", "HOSPITALISATION", "PERSONAL", "FAMILY_EVENT", "OTHER");
        assertThat(form.medicalReasons()).containsExactly("ILLNESS", "HOSPITALISATION");
        assertThat(declare.absenceForm(new AbsenceFormQuery(FamilyId.newId(), lea.child(), activity, WEDNESDAY))).isEmpty();
        assertThat(declare.absenceForm(new AbsenceFormQuery(lea.family(), lea.child(), UUID.randomUUID(), WEDNESDAY)))
                .isEmpty();

        UUID absence = declare(lea, activity, WEDNESDAY, "PERSONAL", null).absenceId();
        assertThat(declare.absenceForm(new AbsenceFormQuery(lea.family(), lea.child(), activity, WEDNESDAY))
                .orElseThrow().existingAbsenceId()).isEqualTo(absence);
    }

    @Test
    void a_family_sees_where_its_children_wait_and_no_one_else_s() {
        UUID activity = activity(1, "CONFIRMED_AT_ONCE");
        Kid lea = kid(activity, "Léa DUPONT");
        Kid tom = kid(activity, "Tom MARTIN");
        Kid zoe = kid(activity, "Zoé PETIT");
        book(lea, activity, WEDNESDAY);
        join.joinWaitingList(new JoinWaitingListCommand(tom.family(), tom.child(), activity, WEDNESDAY));
        join.joinWaitingList(new JoinWaitingListCommand(zoe.family(), zoe.child(), activity, WEDNESDAY));

        assertThat(familyWaiting.familyWaiting(zoe.family())).singleElement().satisfies(waiting -> {
            assertThat(waiting.childName()).isEqualTo("Zoé PETIT");
            assertThat(waiting.activityName()).isEqualTo("Accueil du soir");
            assertThat(waiting.day()).isEqualTo(WEDNESDAY);
            assertThat(waiting.position()).isEqualTo(2);
        });
        assertThat(familyWaiting.familyWaiting(tom.family())).singleElement()
                .satisfies(waiting -> assertThat(waiting.position()).isEqualTo(1));
        assertThat(familyWaiting.familyWaiting(lea.family())).isEmpty();
    }
}
