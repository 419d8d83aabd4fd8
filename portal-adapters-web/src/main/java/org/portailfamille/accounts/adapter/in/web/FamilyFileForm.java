package org.portailfamille.accounts.adapter.in.web;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.Errors;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Any Mon compte form: its values by field name (bound as {@code values[lastName]}). */
public class FamilyFileForm {

    private Map<String, String> values = new HashMap<>();

    public Map<String, String> getValues() {
        return values;
    }

    public void setValues(Map<String, String> values) {
        this.values = values;
    }

    /**
     * What was typed in {@code fields}, an empty string for a field not sent. A checkbox is posted with a hidden
     * "false" before it (so that an unticked box is sent at all): when ticked the browser sends both values, which
     * Spring binds to one String as "false,true"; it becomes "true" (and "false" otherwise), here and in the form
     * shown again after an error, so that a ticked box stays ticked.
     */
    Map<String, String> typed(List<FormField> fields) {
        Map<String, String> typed = new HashMap<>();
        for (FormField field : fields) {
            String value = values.getOrDefault(field.name(), "");
            if (value == null) {
                value = "";
            }
            if ("checkbox".equals(field.kind())) {
                value = Arrays.asList(value.split(",")).contains("true") ? "true" : "false";
                values.put(field.name(), value);
            }
            typed.put(field.name(), value);
        }
        return typed;
    }

    /**
     * The problems of a use case (a map without order) in the order of the form's fields, then any other: the
     * error summary lists them as the fields come on the page.
     */
    static Map<String, String> inFieldOrder(Map<String, String> problems, List<FormField> fields) {
        Map<String, String> ordered = new LinkedHashMap<>();
        fields.stream().filter(field -> problems.containsKey(field.name()))
                .forEach(field -> ordered.put(field.name(), problems.get(field.name())));
        problems.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(problem -> ordered.putIfAbsent(problem.getKey(), problem.getValue()));
        return ordered;
    }

    /**
     * Rejects each problem of a use case on its field ({@code values[name]}, code {@code problem.<problem>}, the
     * field's label {@code field.<name>} as argument), in the order of the form's fields.
     */
    static void reject(Map<String, String> problems, List<FormField> fields, Errors errors) {
        reject(problems, fields, errors, field -> new DefaultMessageSourceResolvable("field." + field));
    }

    /** Rejects each problem as {@link #reject(Map, List, Errors)} does, with the label {@code labelOf} gives. */
    static void reject(Map<String, String> problems, List<FormField> fields, Errors errors,
                       Function<String, MessageSourceResolvable> labelOf) {
        inFieldOrder(problems, fields).forEach((field, problem) -> errors.rejectValue("values[" + field + "]",
                "problem." + problem, new Object[]{labelOf.apply(field)}, null));
    }
}
