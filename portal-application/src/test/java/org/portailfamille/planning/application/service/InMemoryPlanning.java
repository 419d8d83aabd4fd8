package org.portailfamille.planning.application.service;

import org.portailfamille.accounts.application.port.in.ChildName;
import org.portailfamille.accounts.application.port.in.GetChildNamesUseCase;
import org.portailfamille.planning.ActivityId;
import org.portailfamille.planning.FacilityId;
import org.portailfamille.planning.application.port.out.Absences;
import org.portailfamille.planning.application.port.out.Activities;
import org.portailfamille.planning.application.port.out.Attendances;
import org.portailfamille.planning.ActivityDaysClosed;
import org.portailfamille.planning.application.port.out.Activities;
import org.portailfamille.planning.application.port.out.BookingPeriods;
import org.portailfamille.planning.application.port.out.PlanningEvents;
import org.portailfamille.planning.application.port.out.SchoolCalendars;
import org.portailfamille.planning.domain.BookingPeriod;
import org.portailfamille.planning.domain.SchoolHolidayZone;
import org.portailfamille.shared.DateRange;
import org.portailfamille.planning.application.port.out.ActivityDays;
import org.portailfamille.planning.PlaceOffered;
import org.portailfamille.planning.application.port.out.CertificateFiles;
import org.portailfamille.planning.application.port.out.Certificates;
import org.portailfamille.planning.application.port.out.Closures;
import org.portailfamille.planning.application.port.out.PlaceOfferAnnouncements;
import org.portailfamille.planning.application.port.out.Enrolments;
import org.portailfamille.planning.application.port.out.Facilities;
import org.portailfamille.planning.application.port.out.PlaceOffers;
import org.portailfamille.planning.application.port.out.Reservations;
import org.portailfamille.planning.application.port.out.WaitingLists;
import org.portailfamille.planning.domain.Absence;
import org.portailfamille.planning.domain.AbsenceStatus;
import org.portailfamille.planning.domain.Activity;
import org.portailfamille.planning.domain.Attendance;
import org.portailfamille.planning.domain.Certificate;
import org.portailfamille.planning.domain.Closure;
import org.portailfamille.planning.domain.Enrolment;
import org.portailfamille.planning.domain.Facility;
import org.portailfamille.planning.domain.Reservation;
import org.portailfamille.planning.domain.ReservationStatus;
import org.portailfamille.planning.domain.ReservationTransition;
import org.portailfamille.planning.domain.WaitingEntry;
import org.portailfamille.planning.domain.WaitingList;
import org.portailfamille.shared.ChildId;
import org.portailfamille.requests.application.port.in.RecordAcceptedRequestUseCase;
import org.portailfamille.requests.application.port.in.SubmitRequestCommand;
import org.portailfamille.requests.application.port.in.SubmitRequestUseCase;
import org.portailfamille.shared.FamilyId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

/** In-memory out-ports of the planning module, with the database's rules (one active booking, capacity). */
final class InMemoryPlanning {

    record Day(ActivityId activity, LocalDate day) {
    }

    final Map<FacilityId, Facility> facilityRows = new HashMap<>();
    final Map<ActivityId, Activity> activityRows = new HashMap<>();
    final List<Closure> closureRows = new ArrayList<>();
    final List<Enrolment> enrolmentRows = new ArrayList<>();
    final Map<UUID, Reservation> reservationRows = new LinkedHashMap<>();
    final Map<Day, int[]> counters = new HashMap<>();
    final Map<Day, List<WaitingEntry>> waiting = new HashMap<>();
    final Map<UUID, PlaceOffers.Pending> pendingOffers = new LinkedHashMap<>();
    final Map<UUID, String> offerStatus = new HashMap<>();
    final Map<ChildId, FamilyId> waitingFamilies = new HashMap<>();

    final Facilities facilities = new Facilities() {
        public void add(Facility facility) {
            if (facilityRows.values().stream().anyMatch(other -> other.name().equals(facility.name()))) {
                throw new IllegalStateException("duplicate name");
            }
            facilityRows.put(facility.id(), facility);
        }
        public Optional<Facility> byId(FacilityId id) { return Optional.ofNullable(facilityRows.get(id)); }
        public List<Facility> all() {
            return facilityRows.values().stream().sorted(java.util.Comparator.comparing(Facility::name)).toList();
        }
        public Optional<Facility> byName(String name) {
            return facilityRows.values().stream().filter(f -> f.name().equals(name.strip())).findFirst();
        }
        public boolean rename(Facility facility) {
            return facilityRows.replace(facility.id(), facility) != null;
        }
    };

    final Activities activities = new Activities() {
        public void add(Activity activity) { activityRows.put(activity.id(), activity); }
        public Optional<Activity> byId(ActivityId id) { return Optional.ofNullable(activityRows.get(id)); }
        public List<Activity> all() {
            return activityRows.values().stream().sorted(java.util.Comparator.comparing(Activity::name)).toList();
        }
        public List<Activity> ofFacility(FacilityId facility) {
            return activityRows.values().stream().filter(a -> a.facility().equals(facility))
                    .sorted(java.util.Comparator.comparing(Activity::name)).toList();
        }
        public void update(Activity activity) {
            activityRows.put(activity.id(), activity);
            counters.forEach((day, counter) -> {
                if (day.activity().equals(activity.id())) {
                    counter[0] = Math.max(counter[1], activity.capacity().places());
                }
            });
        }
    };

    final Closures closures = new Closures() {
        public void add(Closure closure, Activity activity) { closureRows.add(closure); }
        public List<Closure> closing(Activity activity) {
            return closureRows.stream().filter(c -> c.scope().closes(activity.facility(), activity.id())).toList();
        }
        public long addTo(FacilityId facility, Closure closure) {
            closureRows.add(closure);
            listedClosures.add(new Object[]{++lastClosureId, facility, closure});
            return lastClosureId;
        }
        public List<Listed> ofFacility(FacilityId facility) {
            return listedClosures.stream().filter(row -> row[1].equals(facility))
                    .map(row -> new Listed((Long) row[0], (Closure) row[2])).toList();
        }
        public boolean remove(FacilityId facility, long id) {
            for (Object[] row : listedClosures) {
                if (row[0].equals(id) && row[1].equals(facility)) {
                    listedClosures.remove(row);
                    closureRows.remove((Closure) row[2]);
                    return true;
                }
            }
            return false;
        }
    };

    /** Closures added with {@link Closures#addTo}: {id, facility, closure}. */
    final List<Object[]> listedClosures = new ArrayList<>();
    long lastClosureId;

    final Enrolments enrolments = new Enrolments() {
        public void add(Enrolment enrolment) { enrolmentRows.add(enrolment); }
        public List<Enrolment> ofChild(ChildId child) {
            return enrolmentRows.stream().filter(e -> e.child().equals(child))
                    .sorted(java.util.Comparator.comparing(e -> e.period().start())).toList();
        }
        public List<Enrolment> of(ChildId child, ActivityId activity) {
            return enrolmentRows.stream()
                    .filter(e -> e.child().equals(child) && e.activity().equals(activity)).toList();
        }
        public List<Enrolment> enrolledOn(ActivityId activity, LocalDate day) {
            return enrolmentRows.stream().filter(e -> e.activity().equals(activity) && e.covers(day)).toList();
        }
        public Optional<Enrolment> byId(UUID id) {
            return enrolmentRows.stream().filter(e -> e.id().equals(id)).findFirst();
        }
        public void changeLastDay(UUID id, LocalDate lastDay) {
            enrolmentRows.replaceAll(e -> e.id().equals(id) ? e.endingOn(lastDay) : e);
        }
    };

    final Reservations reservations = new Reservations() {
        public Optional<Reservation> activeOf(ChildId child, ActivityId activity, LocalDate day) {
            return reservationRows.values().stream().filter(r -> r.status().isActive() && r.child().equals(child)
                    && r.activity().equals(activity) && r.day().equals(day)).findFirst();
        }
        public boolean addIfAbsent(Reservation reservation) {
            if (activeOf(reservation.child(), reservation.activity(), reservation.day()).isPresent()) {
                return false;
            }
            reservationRows.put(reservation.id(), reservation);
            return true;
        }
        public void withdraw(UUID reservationId) { reservationRows.remove(reservationId); }
        public boolean cancel(UUID reservationId, Instant at) {
            return move(reservationId, ReservationTransition.CANCEL, Reservation::cancel);
        }
        public boolean confirm(UUID reservationId, Instant at) {
            return move(reservationId, ReservationTransition.CONFIRM, Reservation::confirm);
        }
        public boolean refuse(UUID reservationId, Instant at) {
            return move(reservationId, ReservationTransition.REFUSE, Reservation::refuse);
        }
        /** As the database does: the row changes only while its status allows the move. */
        private boolean move(UUID reservationId, ReservationTransition transition,
                             java.util.function.UnaryOperator<Reservation> moved) {
            Reservation r = reservationRows.get(reservationId);
            if (r == null || !r.allows(transition)) {
                return false;
            }
            reservationRows.put(r.id(), moved.apply(r));
            return true;
        }
        public List<Reservation> activeBetween(ActivityId activity, LocalDate firstDay, LocalDate lastDay) {
            return reservationRows.values().stream().filter(r -> r.status().isActive()
                    && r.activity().equals(activity) && !r.day().isBefore(firstDay) && !r.day().isAfter(lastDay))
                    .toList();
        }
        public Optional<Reservation> byId(UUID reservationId) {
            return Optional.ofNullable(reservationRows.get(reservationId));
        }
        public List<Reservation> ofChild(ChildId child, LocalDate from, LocalDate to) {
            return reservationRows.values().stream().filter(r -> r.child().equals(child)
                    && !r.day().isBefore(from) && !r.day().isAfter(to))
                    .sorted(java.util.Comparator.comparing(Reservation::createdAt)).toList();
        }
        public List<Reservation> ofFamily(FamilyId family, ReservationStatus status) {
            return reservationRows.values().stream().filter(r -> r.family().equals(family) && r.status() == status)
                    .sorted(java.util.Comparator.comparing(Reservation::day)).toList();
        }
        public List<Reservation> activeOn(ActivityId activity, LocalDate day) {
            return reservationRows.values().stream().filter(r -> r.status().isActive()
                    && r.activity().equals(activity) && r.day().equals(day)).toList();
        }
        public List<Reservation> withStatus(ReservationStatus status) {
            return reservationRows.values().stream().filter(r -> r.status() == status)
                    .sorted(java.util.Comparator.comparing(Reservation::day)).toList();
        }
    };

    final Map<UUID, Absence> absenceRows = new LinkedHashMap<>();

    final Absences absences = new Absences() {
        public boolean addIfAbsent(Absence absence) {
            if (of(absence.child(), absence.activity(), absence.day()).isPresent()) {
                return false;
            }
            absenceRows.put(absence.id(), absence);
            return true;
        }
        public Optional<Absence> byId(UUID absenceId) { return Optional.ofNullable(absenceRows.get(absenceId)); }
        public Optional<Absence> of(ChildId child, ActivityId activity, LocalDate day) {
            return absenceRows.values().stream().filter(a -> a.child().equals(child)
                    && a.activity().equals(activity) && a.day().equals(day)).findFirst();
        }
        public List<Absence> ofChild(ChildId child, LocalDate from, LocalDate to) {
            return absenceRows.values().stream().filter(a -> a.child().equals(child)
                    && !a.day().isBefore(from) && !a.day().isAfter(to))
                    .sorted(java.util.Comparator.comparing(Absence::day)).toList();
        }
        public List<Absence> on(ActivityId activity, LocalDate day) {
            return absenceRows.values().stream().filter(a -> a.activity().equals(activity) && a.day().equals(day))
                    .toList();
        }
        public List<Absence> withStatus(AbsenceStatus status) {
            return absenceRows.values().stream().filter(a -> a.status() == status)
                    .sorted(java.util.Comparator.comparing(Absence::day)).toList();
        }
        public boolean rule(UUID absenceId, AbsenceStatus ruling, Instant at) {
            Absence a = absenceRows.get(absenceId);
            if (a == null || a.status() != AbsenceStatus.PENDING) {
                return false;
            }
            absenceRows.put(a.id(), a.ruled(ruling, at));
            return true;
        }
    };

    final Map<String, Attendance> attendanceRows = new LinkedHashMap<>();

    final Attendances attendances = new Attendances() {
        public void record(Attendance attendance) {
            attendanceRows.put(attendance.activity().value() + "/" + attendance.day() + "/"
                    + attendance.child().value(), attendance);
        }
        public List<Attendance> on(ActivityId activity, LocalDate day) {
            return attendanceRows.values().stream().filter(a -> a.activity().equals(activity)
                    && a.day().equals(day)).toList();
        }
        public List<Attendance> ofChild(ChildId child, LocalDate from, LocalDate to) {
            return attendanceRows.values().stream().filter(a -> a.child().equals(child)
                    && !a.day().isBefore(from) && !a.day().isAfter(to))
                    .sorted(java.util.Comparator.comparing(Attendance::day)).toList();
        }
    };

    final List<BookingPeriod> periodRows = new ArrayList<>();

    final BookingPeriods bookingPeriods = new BookingPeriods() {
        public void add(BookingPeriod period) { periodRows.add(period); }
        public List<BookingPeriod> of(ActivityId activity) {
            return periodRows.stream().filter(p -> p.activity().equals(activity)).toList();
        }
        public boolean remove(ActivityId activity, UUID id) {
            return periodRows.removeIf(p -> p.activity().equals(activity) && p.id().equals(id));
        }
    };

    final List<SchoolCalendars.Stored> holidayRows = new ArrayList<>();
    SchoolHolidayZone zone = SchoolHolidayZone.C;

    final SchoolCalendars schoolCalendars = new SchoolCalendars() {
        public SchoolHolidayZone holidayZone() { return zone; }
        public void changeHolidayZone(SchoolHolidayZone newZone) { zone = newZone; }
        public List<Stored> holidaysOverlapping(DateRange range) {
            return holidayRows.stream().filter(h -> !h.holiday().daysOff().start().isAfter(range.end())
                    && !h.holiday().daysOff().end().isBefore(range.start())).toList();
        }
        public void addHoliday(Stored holiday) { holidayRows.add(holiday); }
        public boolean removeHoliday(UUID id) { return holidayRows.removeIf(h -> h.id().equals(id)); }
    };

    final List<ActivityDaysClosed> publishedEvents = new ArrayList<>();

    final List<org.portailfamille.planning.ActivityScheduleChanged> scheduleChanges = new ArrayList<>();

    final PlanningEvents events = new PlanningEvents() {
        public void daysClosed(ActivityDaysClosed event) { publishedEvents.add(event); }
        public void scheduleChanged(org.portailfamille.planning.ActivityScheduleChanged event) {
            scheduleChanges.add(event);
        }
    };

    /** Counter: {places, taken}. */
    final ActivityDays activityDays = new ActivityDays() {
        public boolean takePlace(ActivityId activity, LocalDate day, int places) {
            int[] counter = counters.computeIfAbsent(new Day(activity, day), d -> new int[]{places, 0});
            if (counter[1] >= counter[0]) {
                return false;
            }
            counter[1]++;
            return true;
        }
        public void releasePlace(ActivityId activity, LocalDate day) {
            int[] counter = Objects.requireNonNull(counters.get(new Day(activity, day)));
            if (counter[1] == 0) {
                throw new IllegalStateException("nothing taken");
            }
            counter[1]--;
        }
        public int lock(ActivityId activity, LocalDate day, int places) {
            return counters.computeIfAbsent(new Day(activity, day), d -> new int[]{places, 0})[1];
        }
        public Map<LocalDate, Integer> takenBetween(ActivityId activity, LocalDate from, LocalDate to) {
            Map<LocalDate, Integer> taken = new HashMap<>();
            counters.forEach((day, counter) -> {
                if (day.activity().equals(activity) && !day.day().isBefore(from) && !day.day().isAfter(to)) {
                    taken.put(day.day(), counter[1]);
                }
            });
            return taken;
        }
        public OptionalInt taken(ActivityId activity, LocalDate day) {
            int[] counter = counters.get(new Day(activity, day));
            return counter == null ? OptionalInt.empty() : OptionalInt.of(counter[1]);
        }
    };

    final WaitingLists waitingLists = new WaitingLists() {
        public WaitingList of(ActivityId activity, LocalDate day) {
            return new WaitingList(activity, day, waiting.getOrDefault(new Day(activity, day), List.of()));
        }
        public boolean join(ActivityId activity, LocalDate day, ChildId child, FamilyId family, Instant arrivedAt) {
            List<WaitingEntry> entries = waiting.computeIfAbsent(new Day(activity, day), d -> new ArrayList<>());
            if (entries.stream().anyMatch(e -> e.child().equals(child))) {
                return false;
            }
            entries.add(new WaitingEntry(child, arrivedAt));
            waitingFamilies.put(child, family);
            return true;
        }
        public java.util.Set<LocalDate> daysWaitedBy(ChildId child, ActivityId activity, LocalDate from,
                                                     LocalDate to) {
            java.util.Set<LocalDate> days = new java.util.HashSet<>();
            waiting.forEach((day, entries) -> {
                if (day.activity().equals(activity) && !day.day().isBefore(from) && !day.day().isAfter(to)
                        && entries.stream().anyMatch(e -> e.child().equals(child))) {
                    days.add(day.day());
                }
            });
            return days;
        }
        public List<Waiting> waitingOf(FamilyId family) {
            return waiting.entrySet().stream()
                    .flatMap(e -> e.getValue().stream()
                            .filter(entry -> family.equals(waitingFamilies.get(entry.child())))
                            .map(entry -> new Waiting(e.getKey().activity(), e.getKey().day(), entry.child())))
                    .sorted(java.util.Comparator.comparing(Waiting::day)).toList();
        }
        public List<Removed> removeBetween(ActivityId activity, LocalDate firstDay, LocalDate lastDay) {
            List<Removed> removed = new ArrayList<>();
            waiting.forEach((day, entries) -> {
                if (day.activity().equals(activity) && !day.day().isBefore(firstDay) && !day.day().isAfter(lastDay)) {
                    entries.forEach(e -> removed.add(new Removed(activity, day.day(), e.child(),
                            waitingFamilies.get(e.child()))));
                    entries.clear();
                }
            });
            return removed;
        }
        public void remove(ActivityId activity, LocalDate day, ChildId child) {
            waiting.getOrDefault(new Day(activity, day), new ArrayList<>()).removeIf(e -> e.child().equals(child));
        }
    };

    final PlaceOffers offers = new PlaceOffers() {
        public void add(Pending offer) {
            pendingOffers.put(offer.id(), offer);
            offerStatus.put(offer.id(), "PENDING");
        }
        public Optional<Pending> pendingForUpdate(UUID id) {
            return Optional.ofNullable(pendingOffers.get(id)).filter(o -> "PENDING".equals(offerStatus.get(id)));
        }
        public List<Pending> pendingOf(FamilyId family) {
            return pendingOffers.values().stream()
                    .filter(o -> o.family().equals(family) && "PENDING".equals(offerStatus.get(o.id()))).toList();
        }
        public List<Pending> expiredForUpdate(Instant now, int limit) {
            return pendingOffers.values().stream()
                    .filter(o -> "PENDING".equals(offerStatus.get(o.id())) && o.offer().isExpired(now))
                    .limit(limit).toList();
        }
        public void markAccepted(UUID id, Instant at) { offerStatus.put(id, "ACCEPTED"); }
        public void markExpired(UUID id, Instant at) { offerStatus.put(id, "EXPIRED"); }
        public List<Pending> withdrawBetween(ActivityId activity, LocalDate firstDay, LocalDate lastDay,
                                             Instant at) {
            List<Pending> withdrawn = pendingOffers.values().stream()
                    .filter(o -> "PENDING".equals(offerStatus.get(o.id())) && o.offer().activity().equals(activity)
                            && !o.offer().day().isBefore(firstDay) && !o.offer().day().isAfter(lastDay)).toList();
            withdrawn.forEach(o -> offerStatus.put(o.id(), "WITHDRAWN"));
            return withdrawn;
        }
    };

    List<Reservation> activeReservations(ActivityId activity, LocalDate day) {
        return reservationRows.values().stream()
                .filter(r -> r.status().isActive() && r.activity().equals(activity) && r.day().equals(day)).toList();
    }

    // --- demands: the requests module, the children's names, offers announced, certificates ---

    /** A request recorded through the requests module's API, accepted at once or pending. */
    record RecordedRequest(UUID id, SubmitRequestCommand command, boolean acceptedAtOnce) {
    }

    final List<RecordedRequest> requests = new ArrayList<>();
    final SubmitRequestUseCase submitRequest = command -> record(command, false);
    final RecordAcceptedRequestUseCase recordAccepted = command -> record(command, true);

    private UUID record(SubmitRequestCommand command, boolean acceptedAtOnce) {
        RecordedRequest request = new RecordedRequest(UUID.randomUUID(), command, acceptedAtOnce);
        requests.add(request);
        return request.id();
    }

    /** Children known to the accounts module: id → family and name. */
    final Map<ChildId, Map.Entry<FamilyId, String>> children = new HashMap<>();
    /** The accounts module's published names ("Léa DUPONT" split into first and last name). */
    final GetChildNamesUseCase childNames = ids -> {
        Map<ChildId, ChildName> names = new LinkedHashMap<>();
        ids.stream().filter(children::containsKey).forEach(id -> {
            String[] written = children.get(id).getValue().split(" ", 2);
            names.put(id, new ChildName(id, children.get(id).getKey(), written[0],
                    written.length > 1 ? written[1] : ""));
        });
        return names;
    };

    final List<PlaceOffered> announced = new ArrayList<>();
    final PlaceOfferAnnouncements announcements = announced::add;

    final Map<UUID, Certificate> certificateRows = new LinkedHashMap<>();
    final Certificates certificates = new Certificates() {
        public void add(Certificate certificate) { certificateRows.put(certificate.id(), certificate); }
        public Optional<Certificate> byId(UUID id) { return Optional.ofNullable(certificateRows.get(id)); }
    };

    final Map<UUID, byte[]> fileRows = new LinkedHashMap<>();
    final CertificateFiles files = new CertificateFiles() {
        public void write(UUID id, byte[] content) { fileRows.put(id, content.clone()); }
        public Optional<byte[]> read(UUID id) { return Optional.ofNullable(fileRows.get(id)).map(byte[]::clone); }
        public void delete(UUID id) { fileRows.remove(id); }
    };

    // --- the helpers the services share, as the planning's configuration wires them ---

    final PlanningDays days = new PlanningDays(activities, closures, enrolments);
    final FreedPlaces freedPlaces = new FreedPlaces(activityDays, waitingLists, offers, enrolments, childNames,
            announcements);
    final PlanningRequestRecords requestRecords = new PlanningRequestRecords(submitRequest, recordAccepted,
            childNames);
}
