package org.portailfamille.planning.application.service;

import org.portailfamille.planning.ActivityId;
import org.portailfamille.planning.application.port.in.BookDayCommand;
import org.portailfamille.planning.application.port.in.BookDayUseCase;
import org.portailfamille.planning.application.port.in.BookSeveralDaysCommand;
import org.portailfamille.planning.application.port.in.BookSeveralDaysUseCase;
import org.portailfamille.planning.application.port.out.Activities;
import org.portailfamille.planning.domain.Activity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Books the days of a period falling on the chosen weekdays and on which the activity runs, one by one with the
 * rules of a single booking; a day refused does not stop the others.
 */
public class BookSeveralDaysService implements BookSeveralDaysUseCase {

    private final Activities activities;
    private final BookDayUseCase bookDay;

    public BookSeveralDaysService(Activities activities, BookDayUseCase bookDay) {
        this.activities = activities;
        this.bookDay = bookDay;
    }

    @Override
    public List<DayBooking> bookSeveralDays(BookSeveralDaysCommand command) {
        Activity activity = activities.byId(new ActivityId(command.activityId()))
                .orElseThrow(() -> new IllegalArgumentException("Unknown activity " + command.activityId()));
        List<DayBooking> results = new ArrayList<>();
        for (LocalDate day = command.from(); !day.isAfter(command.to()); day = day.plusDays(1)) {
            if (command.weekdays().contains(day.getDayOfWeek()) && activity.runsOn(day)) {
                results.add(new DayBooking(day, bookDay.bookDay(new BookDayCommand(command.familyId(),
                        command.childId(), command.activityId(), day))));
            }
        }
        return List.copyOf(results);
    }
}
