package org.portailfamille.security;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The forms of a page (as the portal renders them) as a browser would submit them: their action and the values they
 * hold as rendered (text and hidden inputs, checked boxes, selected options, text areas).
 */
public final class Forms {

    private static final Pattern FORM = Pattern.compile("(?is)<form\\b([^>]*)>(.*?)</form>");
    private static final Pattern INPUT = Pattern.compile("(?is)<input\\b([^>]*)>");
    private static final Pattern SELECT = Pattern.compile("(?is)<select\\b([^>]*)>(.*?)</select>");
    private static final Pattern OPTION = Pattern.compile("(?is)<option\\b([^>]*)>");
    private static final Pattern TEXTAREA = Pattern.compile("(?is)<textarea\\b([^>]*)>(.*?)</textarea>");
    private static final Pattern ATTRIBUTE = Pattern.compile("(?is)([a-z_:-]+)(?:\\s*=\\s*\"([^\"]*)\")?");

    private Forms() {
    }

    /** One form: where it posts, whether it is multipart, its fields' values. */
    public record Form(String action, boolean multipart, Map<String, String> fields) {

        public Form with(String name, String value) {
            Map<String, String> changed = new LinkedHashMap<>(fields);
            changed.put(name, value);
            return new Form(action, multipart, changed);
        }

        public String submissionKey() {
            return fields.getOrDefault("_submission", "");
        }
    }

    static Map<String, String> attributes(String text) {
        Map<String, String> attributes = new LinkedHashMap<>();
        Matcher matcher = ATTRIBUTE.matcher(text);
        while (matcher.find()) {
            String value = matcher.group(2) == null ? "" : unescape(matcher.group(2));
            attributes.putIfAbsent(matcher.group(1).toLowerCase(), value);
        }
        return attributes;
    }

    static String unescape(String html) {
        return html.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    /** The state-changing (POST) forms of the page, in document order. */
    public static List<Form> postForms(String html) {
        List<Form> forms = new ArrayList<>();
        Matcher form = FORM.matcher(html);
        while (form.find()) {
            Map<String, String> formAttributes = attributes(form.group(1));
            if (!formAttributes.getOrDefault("method", "get").equalsIgnoreCase("post")) {
                continue;
            }
            String body = form.group(2);
            Map<String, String> fields = new LinkedHashMap<>();
            Matcher input = INPUT.matcher(body);
            while (input.find()) {
                Map<String, String> a = attributes(input.group(1));
                String name = a.get("name");
                String type = a.getOrDefault("type", "text").toLowerCase();
                if (name == null || type.equals("file") || type.equals("submit") || type.equals("button")) {
                    continue;
                }
                if (type.equals("checkbox") || type.equals("radio")) {
                    if (a.containsKey("checked")) {
                        fields.put(name, a.getOrDefault("value", "on").isEmpty() ? "on" : a.get("value"));
                    }
                } else {
                    fields.putIfAbsent(name, a.getOrDefault("value", ""));
                }
            }
            Matcher select = SELECT.matcher(body);
            while (select.find()) {
                String name = attributes(select.group(1)).get("name");
                if (name == null) {
                    continue;
                }
                String chosen = null;
                Matcher option = OPTION.matcher(select.group(2));
                while (option.find()) {
                    Map<String, String> a = attributes(option.group(1));
                    if (chosen == null || a.containsKey("selected")) {
                        chosen = a.getOrDefault("value", "");
                        if (a.containsKey("selected")) {
                            break;
                        }
                    }
                }
                fields.putIfAbsent(name, chosen == null ? "" : chosen);
            }
            Matcher textarea = TEXTAREA.matcher(body);
            while (textarea.find()) {
                String name = attributes(textarea.group(1)).get("name");
                if (name != null) {
                    fields.putIfAbsent(name, unescape(textarea.group(2).strip()));
                }
            }
            forms.add(new Form(formAttributes.getOrDefault("action", ""),
                    formAttributes.getOrDefault("enctype", "").equalsIgnoreCase("multipart/form-data"), fields));
        }
        return forms;
    }

    /** The first POST form of the page that posts to {@code action} (its path, without query). */
    public static Form postForm(String html, String action) {
        return postForms(html).stream()
                .filter(form -> form.action().equals(action) || form.action().startsWith(action + "?"))
                .findFirst().orElseThrow(() -> new AssertionError("no form posting to " + action));
    }
}
