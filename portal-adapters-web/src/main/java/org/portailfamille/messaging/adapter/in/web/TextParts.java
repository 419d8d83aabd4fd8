package org.portailfamille.messaging.adapter.in.web;

import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A message's plain text cut into text and link parts, so that pages render both escaped ({@code th:text},
 * {@code th:href}) and make only http(s) addresses clickable: no markup of the sender ever reaches the page.
 */
public final class TextParts {

    /** An http(s) address up to the next blank or angle bracket/quote; trailing punctuation is left as text. */
    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"']+", Pattern.CASE_INSENSITIVE);
    private static final String TRAILING = ".,;:!?)]}»";

    private TextParts() {
    }

    /** A piece of text; {@code href} non-null for a link (its text is the address itself). */
    public record Part(String text, @Nullable String href) {
        public boolean link() {
            return href != null;
        }
    }

    public static List<Part> of(String text) {
        List<Part> parts = new ArrayList<>();
        Matcher matcher = LINK.matcher(text);
        int from = 0;
        while (matcher.find()) {
            String address = matcher.group();
            int end = address.length();
            while (end > 0 && TRAILING.indexOf(address.charAt(end - 1)) >= 0) {
                end--;
            }
            address = address.substring(0, end);
            if (address.length() <= "https://".length()) {
                continue;
            }
            if (matcher.start() > from) {
                parts.add(new Part(text.substring(from, matcher.start()), null));
            }
            parts.add(new Part(address, address));
            from = matcher.start() + address.length();
        }
        if (from < text.length()) {
            parts.add(new Part(text.substring(from), null));
        }
        return parts;
    }
}
