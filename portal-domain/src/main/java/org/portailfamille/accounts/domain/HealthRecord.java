package org.portailfamille.accounts.domain;

import java.util.Objects;

/**
 * Fiche sanitaire of a child: doctor, allergies, diet, PAI (projet d'accueil individualisé), vaccinations,
 * glasses, remarks. Texts may be empty; a doctor's phone needs a doctor.
 */
public record HealthRecord(String doctorName, String doctorPhone, String allergies, String diet, boolean pai,
                           boolean vaccinationsUpToDate, boolean glasses, String remarks) {

    public HealthRecord {
        doctorName = strip(doctorName);
        doctorPhone = strip(doctorPhone);
        allergies = strip(allergies);
        diet = strip(diet);
        remarks = strip(remarks);
        if (doctorName.length() > 100 || doctorPhone.length() > 20 || diet.length() > 100) {
            throw new IllegalArgumentException("A doctor's name and a diet are at most 100 characters, a phone 20");
        }
        if (allergies.length() > 500 || remarks.length() > 1000) {
            throw new IllegalArgumentException("Allergies are at most 500 characters, remarks 1000");
        }
        if (doctorName.isEmpty() && !doctorPhone.isEmpty()) {
            throw new IllegalArgumentException("A doctor's phone needs the doctor's name");
        }
    }

    /** A record nothing is known in yet. */
    public static HealthRecord empty() {
        return new HealthRecord("", "", "", "", false, false, false, "");
    }

    private static String strip(String text) {
        return Objects.requireNonNull(text, "text").strip();
    }
}
