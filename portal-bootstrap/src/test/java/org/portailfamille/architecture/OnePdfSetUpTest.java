package org.portailfamille.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.portailfamille.access.PdfPrinter;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * ADR 0043 (duplicates finding D6): the portal prints its PDFs (invoices, tax certificates, the registration sheet)
 * with one set-up, {@link PdfPrinter}: no other class uses openhtmltopdf, and that set-up makes a tagged PDF with
 * its fonts embedded and its text real (ADR 0021).
 */
class OnePdfSetUpTest {

    static final JavaClasses PORTAL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.portailfamille");

    @Test
    void only_the_pdf_printer_uses_openhtmltopdf() {
        ArchRule rule = noClasses().that().doNotBelongToAnyOf(PdfPrinter.class)
                .should().dependOnClassesThat().resideInAPackage("com.openhtmltopdf..")
                .because("every PDF of the portal is printed with one set-up (access.PdfPrinter, ADR 0043)");
        rule.check(PORTAL);
    }

    @Test
    void the_printer_makes_a_tagged_pdf_with_embedded_fonts_and_real_text() throws IOException {
        String xhtml = "<html lang=\"fr\"><head><title>Essai</title><style>body { font-family: '"
                + PdfPrinter.FONT_FAMILY + "'; }</style></head><body><h1>Fiche d'essai</h1>"
                + "<p>Montant : 1 234,50 € — élève Léa</p></body></html>";
        try (PDDocument pdf = Loader.loadPDF(PdfPrinter.print(xhtml, "A test page"))) {
            assertThat(pdf.getDocumentCatalog().getStructureTreeRoot()).as("tagged").isNotNull();
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("fr");
            assertThat(new PDFTextStripper().getText(pdf)).contains("Fiche d'essai", "1 234,50 €", "Léa");
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
            assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                assertThat(font.getName()).contains("DejaVu");
                assertThat(font.isEmbedded()).isTrue();
            });
        }
    }
}
