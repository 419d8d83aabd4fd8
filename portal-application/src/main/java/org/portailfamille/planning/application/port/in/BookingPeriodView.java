package org.portailfamille.planning.application.port.in;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

/** A booking period: the days covered and when booking them opens (and closes, if it does), local time. */
public record BookingPeriodView(UUID id, UUID activityId, LocalDate firstDay, LocalDate lastDay,
                                LocalDateTime opensAt, @Nullable LocalDateTime closesAt) {
}
