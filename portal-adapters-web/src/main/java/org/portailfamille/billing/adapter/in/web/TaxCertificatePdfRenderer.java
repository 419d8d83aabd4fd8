package org.portailfamille.billing.adapter.in.web;

import org.portailfamille.access.PdfPrinter;
import org.portailfamille.billing.application.port.in.TaxCertificateView;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import java.util.Locale;

/**
 * Prints an attestation fiscale as the invoices are printed (ADR 0021, 0029): the Thymeleaf template
 * {@code templates/billing/tax-certificate-pdf.html} laid out by the portal's one PDF set-up ({@link PdfPrinter}) as a tagged PDF (PDF/UA: structure
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
        return PdfPrinter.print(html(certificate), "Tax certificate");
    }
}
