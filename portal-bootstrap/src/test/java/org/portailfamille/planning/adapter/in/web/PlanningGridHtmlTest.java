package org.portailfamille.planning.adapter.in.web;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The grid's cells written in Java (ADR 0040): the template's markup, every text and attribute escaped. */
class PlanningGridHtmlTest {

    static PlanningViews.Cell cell(String label, boolean actionable, boolean locked) {
        return new PlanningViews.Cell("2026-04-01", "Mercredi 1 avril", "✓", "cell--booked", "Réservé", label,
                actionable, "/famille/enfants/c/planning/a/2026-04-01", "annuler absence",
                "/famille/enfants/c/absences/nouvelle?activite=a&jour=2026-04-01", "", true, locked, "");
    }

    @Test
    void a_bookable_cell_is_a_link_with_its_actions_and_its_accessible_name() {
        String html = PlanningGridHtml.tableCells(List.of(cell("Mercredi 1 avril, ALSH : Réservé", true, false)));

        assertThat(html).isEqualTo("<td class=\"cell cell--booked\"><a class=\"cell__button\""
                + " href=\"/famille/enfants/c/planning/a/2026-04-01\" data-cell data-actions=\"annuler absence\""
                + " data-absence-url=\"/famille/enfants/c/absences/nouvelle?activite=a&amp;jour=2026-04-01\""
                + " data-day=\"2026-04-01\"><span aria-hidden=\"true\">✓</span><span class=\"visually-hidden\">"
                + "Mercredi 1 avril, ALSH : Réservé</span></a></td>\n");
    }

    @Test
    void a_locked_cell_without_action_is_text_only() {
        String html = PlanningGridHtml.tableCells(List.of(cell("Mercredi 1 avril, ALSH : Réservé", false, true)));

        assertThat(html).startsWith("<td class=\"cell cell--booked cell--locked\"><span aria-hidden=\"true\">")
                .doesNotContain("<a ");
    }

    @Test
    void names_typed_by_staff_are_escaped_in_the_table_and_in_the_phone_list() {
        String hostile = "<script>alert('x')</script> & \"Cantine\"";
        PlanningViews.Cell cell = cell("Mercredi 1 avril, " + hostile + " : Réservé", true, true);

        String table = PlanningGridHtml.tableCells(List.of(cell));
        String list = PlanningGridHtml.listEntries(List.of(new PlanningViews.Entry(cell, hostile, hostile)));

        for (String html : List.of(table, list)) {
            assertThat(html).doesNotContain("<script>").doesNotContain("\"Cantine\"")
                    .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Cantine&quot;");
        }
        assertThat(list).startsWith("<li class=\"planning-entry planning-entry--locked\"><a class=\"planning-entry__link\"");
    }
}
