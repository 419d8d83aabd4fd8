package org.portailfamille.access;

import org.jspecify.annotations.Nullable;

import java.util.Objects;
import java.util.function.Predicate;

/**
 * A tab of the family area or an entry of the staff menu, contributed by the module that owns the page: a
 * Spring bean of this type declared in the module's {@code adapter.in.web} package. The web shell lists the
 * entries of each audience by {@link #order()} (then id), followed by "Déconnexion"; no shell file names them.
 * <p>
 * Orders follow the guide's tabs, by hundreds so that a module can slot in between: parents — Accueil 0,
 * Mon compte 100, Mes enfants 200, Relevé de compte 300, Boîte de réception 400, Liste des demandes 500;
 * staff — Accueil 0, Demandes des familles 100, Familles 200, Planning 300, Feuilles de présence 400, Messagerie 450, …,
 * Changer mot de passe 900.
 * <p>
 * A staff entry may join a <em>group</em> (ADR 0043): the entries sharing a {@link #groupKey()} are shown together
 * behind one disclosure button of the menu labelled by that key, at the place of the group's first entry; a group
 * with a single entry the user may see is shown as that entry alone. An entry may also be shown to some members of
 * staff only ({@link #shownTo()}, e.g. the administrators' pages).
 *
 * @param audience who sees the entry: parents (the guide's tabs) or staff (the back-office menu)
 * @param order    position in the bar, smallest first
 * @param id       what a page names to mark this entry as current ({@code familyNav('account')} puts
 *                 {@code aria-current="page"} on the entry whose id is {@code account})
 * @param labelKey message key of the label, in the owning module's bundle
 * @param path     where the entry leads, e.g. {@code /famille/mon-compte}
 * @param groupKey message key of the label of the menu group the entry belongs to; null for an entry of its own
 * @param shownTo  whether a logged-in user sees the entry (checked on every page)
 */
public record NavigationEntry(PortalUser.Role audience, int order, String id, String labelKey, String path,
                              @Nullable String groupKey, Predicate<PortalUser> shownTo) {

    private static final Predicate<PortalUser> EVERYONE = user -> true;

    public NavigationEntry {
        Objects.requireNonNull(audience, "audience");
        requireText(id, "id");
        requireText(labelKey, "labelKey");
        requireText(path, "path");
        Objects.requireNonNull(shownTo, "shownTo");
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("A navigation path starts with /: " + path);
        }
        if (groupKey != null && groupKey.isBlank()) {
            throw new IllegalArgumentException("A group key is null or text");
        }
    }

    public NavigationEntry(PortalUser.Role audience, int order, String id, String labelKey, String path) {
        this(audience, order, id, labelKey, path, null, EVERYONE);
    }

    /** A tab of the family area. */
    public static NavigationEntry parentTab(int order, String id, String labelKey, String path) {
        return new NavigationEntry(PortalUser.Role.PARENT, order, id, labelKey, path);
    }

    /** An entry of the staff menu. */
    public static NavigationEntry staffMenu(int order, String id, String labelKey, String path) {
        return new NavigationEntry(PortalUser.Role.STAFF, order, id, labelKey, path);
    }

    /** This entry in the menu group labelled by {@code groupKey} (a message key). */
    public NavigationEntry inGroup(String groupKey) {
        requireText(groupKey, "groupKey");
        return new NavigationEntry(audience, order, id, labelKey, path, groupKey, shownTo);
    }

    /** This entry, shown only to the users {@code who} accepts (the page itself must still refuse the others). */
    public NavigationEntry shownOnlyTo(Predicate<PortalUser> who) {
        return new NavigationEntry(audience, order, id, labelKey, path, groupKey, who);
    }

    /** Whether {@code user} sees this entry. */
    public boolean isShownTo(PortalUser user) {
        return shownTo.test(user);
    }

    static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
    }
}
