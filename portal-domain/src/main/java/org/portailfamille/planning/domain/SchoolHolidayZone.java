package org.portailfamille.planning.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The three school holiday zones of metropolitan France and their académies. Winter and spring holidays differ by
 * zone; autumn, Christmas and summer holidays are the same everywhere.
 */
public enum SchoolHolidayZone {
    A(Set.of("Besançon", "Bordeaux", "Clermont-Ferrand", "Dijon", "Grenoble", "Limoges", "Lyon", "Poitiers")),
    B(Set.of("Aix-Marseille", "Amiens", "Caen", "Lille", "Nancy-Metz", "Nantes", "Nice", "Orléans-Tours", "Reims",
            "Rennes", "Rouen", "Strasbourg")),
    C(Set.of("Créteil", "Montpellier", "Paris", "Toulouse", "Versailles"));

    private final Set<String> academies;

    SchoolHolidayZone(Set<String> academies) {
        this.academies = academies;
    }

    /** The académies of the zone, spelt as the Ministry does ("Orléans-Tours"). */
    public Set<String> academies() {
        return academies;
    }

    /**
     * The zone of an académie, ignoring case, accents and the spaces or hyphens of compound names
     * ("orleans tours" finds B). Empty for an unknown name (Corsica and overseas académies have their own calendar).
     */
    public static Optional<SchoolHolidayZone> ofAcademy(String academy) {
        String wanted = simplified(academy);
        for (SchoolHolidayZone zone : values()) {
            for (String candidate : zone.academies) {
                if (simplified(candidate).equals(wanted)) {
                    return Optional.of(zone);
                }
            }
        }
        return Optional.empty();
    }

    private static String simplified(String name) {
        String withoutAccents = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return withoutAccents.toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "");
    }
}
