package org.portailfamille.planning.application.port.in;

import java.time.LocalDate;

/**
 * School holidays as the Ministry publishes them: zone A, B or C; name AUTUMN, CHRISTMAS, WINTER, SPRING,
 * ASCENSION_BRIDGE or SUMMER; class ends after {@code lastSchoolDay} and resumes the morning of {@code returnDay}.
 */
public record AddSchoolHolidayCommand(String zone, String name, LocalDate lastSchoolDay, LocalDate returnDay) {
}
