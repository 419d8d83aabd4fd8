package org.portailfamille.planning.adapter.in.web;

import org.unbescape.html.HtmlEscape;

import java.util.List;

/**
 * The cells of the month grid (table) and of its phone list, written as HTML once in Java rather than by Thymeleaf
 * cell by cell (ADR 0040: a month of seven activities is a few hundred cells, each with about ten expressions, and
 * Thymeleaf's evaluation of them was two thirds of the page's machine time). The markup is the one the template
 * wrote, attribute for attribute; every text and attribute value is escaped as Thymeleaf's {@code th:text} and
 * {@code th:attr} escape them ({@link HtmlEscape#escapeHtml4Xml}), so an activity named {@code <script>} shows as
 * text. The template inserts the result with {@code th:utext}.
 */
final class PlanningGridHtml {

    private PlanningGridHtml() {
    }

    /** The {@code <td>} cells of a row of the table. */
    static String tableCells(List<PlanningViews.Cell> cells) {
        StringBuilder html = new StringBuilder(cells.size() * 360);
        for (PlanningViews.Cell cell : cells) {
            html.append("<td class=\"cell ").append(escape(cell.statusClass()))
                    .append(cell.locked() ? " cell--locked" : "").append("\">");
            if (cell.actionable()) {
                link(html, cell, "cell__button");
                html.append("<span aria-hidden=\"true\">").append(escape(cell.symbol())).append("</span>")
                        .append("<span class=\"visually-hidden\">").append(escape(cell.label())).append("</span></a>");
            } else {
                html.append("<span aria-hidden=\"true\">").append(escape(cell.symbol())).append("</span>")
                        .append("<span class=\"visually-hidden\">").append(escape(cell.label())).append("</span>");
            }
            html.append("</td>\n");
        }
        return html.toString();
    }

    /** The {@code <li>} entries of a line of the phone list. */
    static String listEntries(List<PlanningViews.Entry> entries) {
        StringBuilder html = new StringBuilder(entries.size() * 480);
        for (PlanningViews.Entry entry : entries) {
            PlanningViews.Cell cell = entry.cell();
            html.append("<li class=\"planning-entry").append(cell.locked() ? " planning-entry--locked" : "")
                    .append("\">");
            if (cell.actionable()) {
                link(html, cell, "planning-entry__link");
                html.append("<span class=\"cell-symbol cell-symbol--action ").append(escape(cell.statusClass()))
                        .append("\" aria-hidden=\"true\">").append(escape(cell.symbol())).append("</span>")
                        .append("<span class=\"planning-entry__text\" aria-hidden=\"true\">")
                        .append(escape(entry.shown())).append("</span>")
                        .append("<span class=\"visually-hidden\">").append(escape(cell.label())).append("</span></a>");
            } else {
                html.append("<span class=\"cell-symbol ").append(escape(cell.statusClass()))
                        .append("\" aria-hidden=\"true\">").append(escape(cell.symbol())).append("</span>")
                        .append("<span class=\"planning-entry__text\" aria-hidden=\"true\">")
                        .append(escape(entry.shown())).append("</span>")
                        .append("<span class=\"visually-hidden\">").append(escape(cell.label())).append("</span>");
            }
            html.append("</li>\n");
        }
        return html.toString();
    }

    private static void link(StringBuilder html, PlanningViews.Cell cell, String cssClass) {
        html.append("<a class=\"").append(cssClass).append("\" href=\"").append(escape(cell.dayUrl()))
                .append("\" data-cell data-actions=\"").append(escape(cell.actions()))
                .append("\" data-absence-url=\"").append(escape(cell.absenceUrl()))
                .append("\" data-day=\"").append(escape(cell.date())).append("\">");
    }

    private static String escape(String text) {
        return HtmlEscape.escapeHtml4Xml(text);
    }
}
