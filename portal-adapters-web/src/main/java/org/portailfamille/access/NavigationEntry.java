package org.portailfamille.access;

import java.util.Objects;

/**
 * A tab of the family area or an entry of the staff menu, contributed by the module that owns the page: a
 * Spring bean of this type declared in the module's {@code adapter.in.web} package. The web shell lists the
 * entries of each audience by {@link #order()} (then id), followed by "Déconnexion"; no shell file names them.
 * <p>
 * Orders follow the guide's tabs, by hundreds so that a module can slot in between: parents — Accueil 0,
 * Mon compte 100, Mes enfants 200, Relevé de compte 300, Boîte de réception 400, Liste des demandes 500;
 * staff — Accueil 0, Demandes des familles 100, Familles 200, Planning 300, Feuilles de présence 400, Messagerie 450, …,
 * Changer mot de passe 900.
 *
 * @param audience who sees the entry: parents (the guide's tabs) or staff (the back-office menu)
 * @param order    position in the bar, smallest first
 * @param id       what a page names to mark this entry as current ({@code familyNav('account')} puts
 *                 {@code aria-current="page"} on the entry whose id is {@code account})
 * @param labelKey message key of the label, in the owning module's bundle
 * @param path     where the entry leads, e.g. {@code /famille/mon-compte}
 */
public record NavigationEntry(PortalUser.Role audience, int order, String id, String labelKey, String path) {

    public NavigationEntry {
        Objects.requireNonNull(audience, "audience");
        requireText(id, "id");
        requireText(labelKey, "labelKey");
        requireText(path, "path");
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("A navigation path starts with /: " + path);
        }
    }

    /** A tab of the family area. */
    public static NavigationEntry parentTab(int order, String id, String labelKey, String path) {
        return new NavigationEntry(PortalUser.Role.PARENT, order, id, labelKey, path);
    }

    /** An entry of the staff menu. */
    public static NavigationEntry staffMenu(int order, String id, String labelKey, String path) {
        return new NavigationEntry(PortalUser.Role.STAFF, order, id, labelKey, path);
    }

    static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
    }
}
