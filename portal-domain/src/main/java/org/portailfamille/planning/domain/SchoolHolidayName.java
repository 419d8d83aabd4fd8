package org.portailfamille.planning.domain;

/** The school holidays of a school year, as name codes; pages word them ("Vacances de la Toussaint"…). */
public enum SchoolHolidayName {
    /** Vacances de la Toussaint. */
    AUTUMN(SchoolHoliday.Kind.SHORT),
    /** Vacances de Noël. */
    CHRISTMAS(SchoolHoliday.Kind.SHORT),
    /** Vacances d'hiver. */
    WINTER(SchoolHoliday.Kind.SHORT),
    /** Vacances de printemps. */
    SPRING(SchoolHoliday.Kind.SHORT),
    /** Pont de l'Ascension. */
    ASCENSION_BRIDGE(SchoolHoliday.Kind.SHORT),
    /** Vacances d'été (grandes vacances). */
    SUMMER(SchoolHoliday.Kind.SUMMER);

    private final SchoolHoliday.Kind kind;

    SchoolHolidayName(SchoolHoliday.Kind kind) {
        this.kind = kind;
    }

    public SchoolHoliday.Kind kind() {
        return kind;
    }
}
