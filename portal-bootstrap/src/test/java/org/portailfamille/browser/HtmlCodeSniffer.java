package org.portailfamille.browser;

import com.microsoft.playwright.Page;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/**
 * A second accessibility engine besides axe-core: HTML_CodeSniffer (the engine of pa11y), its WCAG2AA standard run
 * in the real page. It sees what axe leaves aside, for example a form without a submit button (H32.2), data cells
 * not tied to their headers in a complex table (H43), an {@code autocomplete} token unfit for its field. Only its
 * errors fail a test; its warnings and notices need a human's judgement. The script is vendored in test resources
 * (htmlcs/README.md) and evaluated through the DevTools protocol, which the pages' CSP does not restrict.
 */
final class HtmlCodeSniffer {

    /**
     * Error codes left aside, each with its reason. G18/G145 (contrast): HTML_CodeSniffer computes it without the
     * real background (gradients, stacked layers) and axe checks contrast in the rendered page already.
     */
    static final Set<String> LEFT_ASIDE = Set.of(
            "WCAG2AA.Principle1.Guideline1_4.1_4_3.G18.Fail",
            "WCAG2AA.Principle1.Guideline1_4.1_4_3.G145.Fail");

    private static final String SOURCE = load();

    private HtmlCodeSniffer() {
    }

    private static String load() {
        try (InputStream in = HtmlCodeSniffer.class.getResourceAsStream("/htmlcs/HTMLCS.js")) {
            if (in == null) {
                throw new IllegalStateException("htmlcs/HTMLCS.js is missing from the test resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The errors HTML_CodeSniffer's WCAG2AA standard finds in the page as it is now: "code — message — element". */
    @SuppressWarnings("unchecked")
    static List<String> errors(Page page) {
        if (!Boolean.TRUE.equals(page.evaluate("() => typeof window.HTMLCS !== 'undefined'"))) {
            page.evaluate(SOURCE + "\n;true");
        }
        return (List<String>) page.evaluate("""
                () => new Promise(resolve => window.HTMLCS.process('WCAG2AA', document, () => resolve(
                    window.HTMLCS.getMessages().filter(m => m.type === window.HTMLCS.ERROR).map(m => m.code + ' — '
                        + m.msg + ' — ' + (m.element && m.element.outerHTML ? m.element.outerHTML.slice(0, 160)
                        : String(m.element))))))""");
    }

    /** Fails with every error but those {@link #LEFT_ASIDE}. */
    static void assertNoErrors(Page page, String state) {
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.LOAD);
        List<String> errors = errors(page).stream()
                .filter(error -> LEFT_ASIDE.stream().noneMatch(error::startsWith)).toList();
        if (!errors.isEmpty()) {
            throw new AssertionError(errors.size() + " HTML_CodeSniffer WCAG2AA error(s) on " + state + " ("
                    + page.url() + "):\n- " + String.join("\n- ", errors));
        }
    }
}
