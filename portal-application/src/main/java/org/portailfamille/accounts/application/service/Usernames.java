package org.portailfamille.accounts.application.service;

import org.portailfamille.accounts.application.port.out.Logins;
import org.portailfamille.accounts.domain.Username;

import java.text.Normalizer;
import java.util.Locale;

/** Identifiants made from a person's names: "jean.dupont", then "jean.dupont2", … when taken. */
final class Usernames {

    private Usernames() {
    }

    static Username freeFor(String firstName, String lastName, Logins logins) {
        String base = slug(firstName) + "." + slug(lastName);
        base = base.length() > 58 ? base.substring(0, 58) : base;
        if (base.length() < 3 || !Username.isWellFormed(base)) {
            base = "famille";
        }
        for (int n = 1; ; n++) {
            Username candidate = new Username(n == 1 ? base : base + n);
            if (logins.byUsername(candidate).isEmpty()) {
                return candidate;
            }
        }
    }

    private static String slug(String name) {
        String ascii = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
    }
}
