package org.portailfamille.planning.application.port.in;

import org.jspecify.annotations.Nullable;

import java.time.DayOfWeek;
import java.util.Set;
import java.util.UUID;

/**
 * A new activity of a facility.
 *
 * @param facilityId              the facility running it
 * @param regieId                 the billing régie
 * @param name                    what families read
 * @param weekdays                the weekdays it runs
 * @param places                  places a day
 * @param almostFullThreshold     "few places left" from this many remaining places
 * @param bookingMode             {@code CONFIRMED_AT_ONCE} or {@code VALIDATED_BY_STAFF}
 * @param bookingDeadline         until when a day may be booked
 * @param cancellation            {@code SAME_AS_BOOKING}, {@code NOT_ALLOWED} or {@code OWN_DEADLINE}
 * @param cancellationDeadline    the deadline of {@code OWN_DEADLINE}, null otherwise
 */
public record SetUpActivityCommand(UUID facilityId, UUID regieId, String name, Set<DayOfWeek> weekdays, int places,
                                   int almostFullThreshold, String bookingMode, DeadlineRule bookingDeadline,
                                   String cancellation, @Nullable DeadlineRule cancellationDeadline) {

    public static final String SAME_AS_BOOKING = "SAME_AS_BOOKING";
    public static final String NOT_ALLOWED = "NOT_ALLOWED";
    public static final String OWN_DEADLINE = "OWN_DEADLINE";

    public SetUpActivityCommand {
        weekdays = Set.copyOf(weekdays);
    }
}
