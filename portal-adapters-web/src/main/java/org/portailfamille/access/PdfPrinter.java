package org.portailfamille.access;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.springframework.core.io.ClassPathResource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The portal's one PDF set-up (ADR 0021, 0031, 0043), shared by every module's web adapter that prints a document
 * (invoices, tax certificates, the registration sheet): well-formed XHTML laid out by openhtmltopdf as a tagged,
 * accessible PDF (PDF/UA: structure tree, real text, title and language), every glyph from the DejaVu Sans font
 * shipped in {@code fonts/} and embedded. Templates name the font {@value #FONT_FAMILY}.
 */
public final class PdfPrinter {

    /** The font family the PDF templates use. */
    public static final String FONT_FAMILY = "DejaVu Sans";

    private PdfPrinter() {
    }

    /**
     * The PDF of {@code xhtml}.
     *
     * @param what what is printed, for the error message ("Invoice F-2015-0001")
     */
    public static byte[] print(String xhtml, String what) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.useFont(() -> font("fonts/DejaVuSans.ttf"), FONT_FAMILY, 400, BaseRendererBuilder.FontStyle.NORMAL,
                    true);
            builder.useFont(() -> font("fonts/DejaVuSans-Bold.ttf"), FONT_FAMILY, 700,
                    BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(what + " could not be printed", e);
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
