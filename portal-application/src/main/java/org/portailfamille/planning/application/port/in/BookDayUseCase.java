package org.portailfamille.planning.application.port.in;

/**
 * Books one day of an activity for a child, if the activity runs and is open that day, the child is enrolled, the
 * deadline has not passed and a place is left. Posting the same booking twice has one effect.
 */
public interface BookDayUseCase {
    BookDayResult bookDay(BookDayCommand command);
}
