package org.portailfamille.access;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A card of the staff home page ("Espace agents"): a title, a sentence and a link to the module's pages.
 * Contributed as a Spring bean by the module that owns the pages (in its {@code adapter.in.web} package); the
 * shell shows the cards by {@link #order()}.
 *
 * @param order         position on the page, smallest first (requests 100, planning 200 and 300, …)
 * @param id            unique among cards; names the card's heading ({@code <id>-title}) for its landmark
 * @param titleKey      message key of the heading
 * @param textKey       message key of the sentence, formatted with {@link #textArguments()}
 * @param linkKey       message key of the link
 * @param path          where the link leads
 * @param textArguments read each time the page is shown (e.g. how many requests wait for a decision)
 */
public record StaffHomeCard(int order, String id, String titleKey, String textKey, String linkKey, String path,
                            Supplier<List<?>> textArguments) {

    public StaffHomeCard {
        NavigationEntry.requireText(id, "id");
        NavigationEntry.requireText(titleKey, "titleKey");
        NavigationEntry.requireText(textKey, "textKey");
        NavigationEntry.requireText(linkKey, "linkKey");
        NavigationEntry.requireText(path, "path");
        Objects.requireNonNull(textArguments, "textArguments");
    }

    /** A card whose sentence takes no argument. */
    public StaffHomeCard(int order, String id, String titleKey, String textKey, String linkKey, String path) {
        this(order, id, titleKey, textKey, linkKey, path, List::of);
    }

    /** The sentence's arguments, now (for {@code #messages.msgWithParams} in the template). */
    public Object[] arguments() {
        return textArguments.get().toArray();
    }
}
