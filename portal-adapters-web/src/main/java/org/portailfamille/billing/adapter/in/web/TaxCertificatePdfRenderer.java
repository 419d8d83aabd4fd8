package org.portailfamille.billing.adapter.in.web;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.portailfamille.billing.application.port.in.TaxCertificateView;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * Prints an attestation fiscale as the invoices are printed (ADR 0021, 0029): the Thymeleaf template
 * {@code templates/billing/tax-certificate-pdf.html} laid out by openhtmltopdf as a tagged PDF (PDF/UA: structure
 * tree, title, language fr) with the embedded DejaVu Sans fonts.
 */
@Component
class TaxCertificatePdfRenderer {

    private final ITemplateEngine templates;
    private final BillingWords words;
    private final String municipalityName;

    TaxCertificatePdfRenderer(ITemplateEngine templates, BillingWords words,
                              @Value("${portal.municipality.name}") String municipalityName) {
        this.templates = templates;
        this.words = words;
        this.municipalityName = municipalityName;
    }

    String html(TaxCertificateView certificate) {
        Context context = new Context(Locale.FRENCH);
        context.setVariable("cert", certificate);
        context.setVariable("words", words);
        context.setVariable("municipalityName", municipalityName);
        return templates.process("billing/tax-certificate-pdf", context);
    }

    byte[] pdf(TaxCertificateView certificate) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.useFont(() -> InvoicePdfRenderer.font("fonts/DejaVuSans.ttf"), InvoicePdfRenderer.FONT_FAMILY, 400,
                    BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(() -> InvoicePdfRenderer.font("fonts/DejaVuSans-Bold.ttf"), InvoicePdfRenderer.FONT_FAMILY,
                    700, BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.withHtmlContent(html(certificate), null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Tax certificate could not be printed", e);
        }
        return out.toByteArray();
    }
}
