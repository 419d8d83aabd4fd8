package org.portailfamille.planning.application.port.in;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

/** The days {@code firstDay}..{@code lastDay} of an activity open for booking at {@code opensAt} (local time). */
public record AddBookingPeriodCommand(UUID activityId, LocalDate firstDay, LocalDate lastDay, LocalDateTime opensAt,
                                      @Nullable LocalDateTime closesAt) {
}
