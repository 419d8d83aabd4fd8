package org.portailfamille.planning.application.service;

import org.portailfamille.planning.ActivityId;
import org.portailfamille.planning.application.port.in.MonthOccupancy;
import org.portailfamille.planning.application.port.in.ViewMonthOccupancyUseCase;
import org.portailfamille.planning.application.port.out.ActivityDays;
import org.portailfamille.planning.application.port.out.Facilities;
import org.portailfamille.planning.application.port.out.PlaceOfferHistory;
import org.portailfamille.planning.application.port.out.WaitingLists;
import org.portailfamille.planning.domain.Activity;
import org.portailfamille.planning.domain.CalendarContext;
import org.portailfamille.planning.domain.Capacity;
import org.portailfamille.planning.domain.Facility;
import org.portailfamille.planning.domain.WaitingEntry;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

public class ViewMonthOccupancyService implements ViewMonthOccupancyUseCase {

    private final PlanningDays days;
    private final Facilities facilities;
    private final ActivityDays activityDays;
    private final WaitingLists waitingLists;
    private final PlaceOfferHistory offers;

    public ViewMonthOccupancyService(PlanningDays days, Facilities facilities, ActivityDays activityDays,
                                     WaitingLists waitingLists, PlaceOfferHistory offers) {
        this.days = days;
        this.facilities = facilities;
        this.activityDays = activityDays;
        this.waitingLists = waitingLists;
        this.offers = offers;
    }

    @Override
    public Optional<MonthOccupancy> monthOccupancy(UUID activityId, YearMonth month) {
        Activity activity;
        try {
            activity = days.activity(activityId);
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
        ActivityId id = activity.id();
        LocalDate from = month.atDay(1);
        LocalDate to = month.atEndOfMonth();
        Capacity capacity = activity.capacity();
        CalendarContext calendar = days.calendarOf(activity);
        Map<LocalDate, Integer> taken = activityDays.takenBetween(id, from, to);
        Map<LocalDate, List<PlaceOfferHistory.Made>> offersByDay = offers.between(id, from, to).stream()
                .collect(Collectors.groupingBy(PlaceOfferHistory.Made::day));
        List<MonthOccupancy.Day> lines = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            String status = days.problemWith(activity, calendar, day).map(Enum::name).orElse("OPEN");
            int takenThatDay = taken.getOrDefault(day, 0);
            List<WaitingEntry> entries = waitingLists.of(id, day).entries();
            List<MonthOccupancy.Waiting> waiting = new ArrayList<>();
            for (int i = 0; i < entries.size(); i++) {
                waiting.add(new MonthOccupancy.Waiting(i + 1, entries.get(i).child(), entries.get(i).arrivedAt()));
            }
            List<MonthOccupancy.Offer> offered = offersByDay.getOrDefault(day, List.of()).stream()
                    .map(made -> new MonthOccupancy.Offer(made.child(), made.family(), made.status(),
                            made.offeredAt(), made.expiresAt(), made.decidedAt()))
                    .toList();
            lines.add(new MonthOccupancy.Day(day, status, takenThatDay, capacity.remaining(takenThatDay),
                    capacity.isAlmostFull(takenThatDay), capacity.isFull(takenThatDay), waiting, offered));
        }
        String facilityName = facilities.byId(activity.facility()).map(Facility::name).orElse("");
        return Optional.of(new MonthOccupancy(id.value(), activity.name(), activity.facility().value(), facilityName,
                month, capacity.places(), capacity.alertThreshold(), lines));
    }
}
