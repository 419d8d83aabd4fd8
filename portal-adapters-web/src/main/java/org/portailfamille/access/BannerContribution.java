package org.portailfamille.access;

import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * A part of the guide's banner line, after "Bienvenue JEAN DUPONT": e.g. messaging's "vous avez 1 Nouveau(x)
 * Message(s)". Contributed as a Spring bean by the owning module (in its {@code adapter.in.web} package); the
 * shell shows the parts by {@link #order()}, separated by commas, for a logged-in parent.
 */
public interface BannerContribution {

    /** Position in the banner, smallest first. */
    int order();

    /** The text for this parent, or null to show nothing. */
    @Nullable Item item(PortalUser parent);

    /**
     * @param messageKey message key of the text, in the owning module's bundle
     * @param arguments  the text's arguments
     * @param path       where the text links to, or null for plain text
     */
    record Item(String messageKey, List<?> arguments, @Nullable String path) {
        public Item {
            NavigationEntry.requireText(messageKey, "messageKey");
            arguments = List.copyOf(arguments);
        }

        public Object[] argumentArray() {
            return arguments.toArray();
        }
    }
}
