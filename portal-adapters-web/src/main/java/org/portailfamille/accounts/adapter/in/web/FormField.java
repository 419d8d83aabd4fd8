package org.portailfamille.accounts.adapter.in.web;

import java.util.List;

/**
 * How a field of a Mon compte form is shown: its name, the input kind (text, email, tel, select, checkbox),
 * the choices of a select (codes; labels come from {@code optionKeyPrefix + code}), the autocomplete token and
 * whether a hint is shown ({@code form.hint.<name>}).
 */
public record FormField(String name, String kind, List<String> options, String optionKeyPrefix, String autocomplete,
                 boolean required, boolean hint, String inputMode) {

    static FormField text(String name, String autocomplete, boolean required) {
        return new FormField(name, "text", List.of(), "", autocomplete, required, false, "");
    }

    static FormField select(String name, List<String> options, String prefix) {
        return new FormField(name, "select", options, prefix, "", true, false, "");
    }

    static FormField checkbox(String name) {
        return new FormField(name, "checkbox", List.of(), "", "", false, false, "");
    }

    FormField withKind(String newKind) {
        return new FormField(name, newKind, options, optionKeyPrefix, autocomplete, required, hint, inputMode);
    }

    FormField withHint() {
        return new FormField(name, kind, options, optionKeyPrefix, autocomplete, required, true, inputMode);
    }

    FormField withInputMode(String mode) {
        return new FormField(name, kind, options, optionKeyPrefix, autocomplete, required, hint, mode);
    }
}
