package org.portailfamille.security;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.portailfamille.security.Browser.Response;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Submits a page's form as a browser would: loads the page, keeps what the form already holds (hidden fields,
 * CSRF token, selected options, checked boxes) and changes only the given fields.
 */
final class PageForms {

    private PageForms() {
    }

    /** Posts the first POST form of {@code page} whose action ends with {@code actionSuffix}. */
    static Response submit(Browser browser, String page, String actionSuffix, Map<String, String> changes) {
        Response loaded = browser.get(page);
        if (loaded.status() != 200) {
            throw new AssertionError("GET " + page + ": " + loaded);
        }
        Document document = Jsoup.parse(loaded.body(), "http://localhost" + page);
        Element form = document.select("form[method=post]").stream()
                .filter(candidate -> actionOf(candidate, page).endsWith(actionSuffix))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No form posting to …" + actionSuffix + " on " + page));
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element input : form.select("input[name], textarea[name], select[name]")) {
            String name = input.attr("name");
            String type = input.tagName().equals("input") ? input.attr("type").toLowerCase() : input.tagName();
            switch (type) {
                case "submit", "button", "image", "reset", "file" -> {
                }
                case "checkbox", "radio" -> {
                    if (input.hasAttr("checked")) {
                        fields.put(name, input.attr("value").isEmpty() ? "on" : input.attr("value"));
                    }
                }
                case "select" -> {
                    Element option = input.selectFirst("option[selected]");
                    if (option == null) {
                        option = input.selectFirst("option");
                    }
                    if (option != null) {
                        fields.put(name, option.attr("value"));
                    }
                }
                case "textarea" -> fields.put(name, input.text());
                default -> fields.put(name, input.attr("value"));
            }
        }
        fields.putAll(changes);
        return browser.post(actionOf(form, page), fields);
    }

    private static String actionOf(Element form, String page) {
        String action = form.attr("action");
        if (action.isEmpty()) {
            return page;
        }
        URI uri = URI.create("http://localhost" + page).resolve(action);
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }
}
