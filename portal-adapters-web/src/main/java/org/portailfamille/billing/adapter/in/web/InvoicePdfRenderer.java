package org.portailfamille.billing.adapter.in.web;

import org.portailfamille.access.PdfPrinter;
import org.portailfamille.billing.application.port.in.InvoiceDocument;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import java.util.Locale;

/**
 * Prints an invoice or a credit note as a tagged, accessible PDF (PDF/UA: structure tree, real text, title and
 * language, every glyph from the DejaVu Sans font shipped in {@code fonts/} and embedded): the Thymeleaf template
 * {@code templates/billing/invoice-pdf.html} (well-formed XHTML) laid out by the portal's one PDF set-up ({@link PdfPrinter}). See ADR 0021.
 */
@Component
class InvoicePdfRenderer {

    private final ITemplateEngine templates;
    private final BillingWords words;
    private final String municipalityName;
    private final String paymentInstructions;

    InvoicePdfRenderer(ITemplateEngine templates, BillingWords words,
                       @Value("${portal.municipality.name}") String municipalityName,
                       @Value("${portal.billing.payment-instructions:}") String paymentInstructions) {
        this.templates = templates;
        this.words = words;
        this.municipalityName = municipalityName;
        this.paymentInstructions = paymentInstructions;
    }

    /** The XHTML the PDF is made from (also what the tests read when a figure looks wrong). */
    String html(InvoiceDocument document) {
        Context context = new Context(Locale.FRENCH);
        context.setVariable("doc", document);
        context.setVariable("words", words);
        context.setVariable("municipalityName", municipalityName);
        context.setVariable("paymentInstructions", paymentInstructions.isBlank()
                ? words.text("billing.pdf.howToPay.default") : paymentInstructions);
        return templates.process("billing/invoice-pdf", context);
    }

    byte[] pdf(InvoiceDocument document) {
        return PdfPrinter.print(html(document), "Invoice " + document.number());
    }
}
