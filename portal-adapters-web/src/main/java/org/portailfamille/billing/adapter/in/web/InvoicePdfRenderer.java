package org.portailfamille.billing.adapter.in.web;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.portailfamille.billing.application.port.in.InvoiceDocument;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * Prints an invoice or a credit note as a tagged, accessible PDF (PDF/UA: structure tree, real text, title and
 * language, every glyph from the DejaVu Sans font shipped in {@code fonts/} and embedded): the Thymeleaf template
 * {@code templates/billing/invoice-pdf.html} (well-formed XHTML) laid out by openhtmltopdf. See ADR 0021.
 */
@Component
class InvoicePdfRenderer {

    static final String FONT_FAMILY = "DejaVu Sans";

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
        String html = html(document);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.useFont(() -> font("fonts/DejaVuSans.ttf"), FONT_FAMILY, 400, BaseRendererBuilder.FontStyle.NORMAL,
                    true);
            builder.useFont(() -> font("fonts/DejaVuSans-Bold.ttf"), FONT_FAMILY, 700,
                    BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Invoice " + document.number() + " could not be printed", e);
        }
        return out.toByteArray();
    }

    static InputStream font(String path) {
        try {
            return new ClassPathResource(path).getInputStream();
        } catch (IOException e) {
            throw new UncheckedIOException("Font missing from the classpath: " + path, e);
        }
    }
}
