package org.ephr.server.summary.print;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.bidi.support.ICUBreakers;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.TextDirection;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.logging.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Prints the record's HTML to PDF with openhtmltopdf (PDFBox). Arabic is shaped and laid out right to left by
 * ICU4J (openhtmltopdf's RTL module), and the font is embedded, so the PDF reads the same on any printer.
 *
 * <p>The font is DejaVu Sans (regular and bold), one font for Latin and Arabic script, taken from the
 * {@code net.sf.jasperreports:jasperreports-fonts} jar. Licence: Bitstream Vera Fonts licence (permissive: use,
 * modify, redistribute, embed; modified fonts must be renamed), the DejaVu changes public domain, Arev glyphs
 * under the same terms as Bitstream Vera; the licence text ships in that jar beside the fonts.
 */
final class PdfRecord {

    private static final Logger log = LoggerFactory.getLogger(PdfRecord.class);
    private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";

    private final byte[] regular;
    private final byte[] bold;

    PdfRecord() {
        // openhtmltopdf's own logging says INFO on every page; its messages reach diagnose() below instead.
        XRLog.setLoggingEnabled(false);
        this.regular = font("DejaVuSans.ttf");
        this.bold = font("DejaVuSans-Bold.ttf");
    }

    private static byte[] font(String file) {
        try (InputStream in = PdfRecord.class.getResourceAsStream(FONTS + file)) {
            if (in == null) {
                throw new IllegalStateException(
                        "Font " + FONTS + file + " is not on the classpath (jasperreports-fonts)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read font " + file, e);
        }
    }

    byte[] render(String html, Locale locale, boolean rightToLeft) {
        var out = new ByteArrayOutputStream(64 * 1024);
        var builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.withHtmlContent(html, null);
        // Subset: only the glyphs used are embedded, a few tens of kilobytes instead of the whole font.
        builder.useFont(() -> new ByteArrayInputStream(regular), RecordPage.FONT_FAMILY, 400, FontStyle.NORMAL, true);
        builder.useFont(() -> new ByteArrayInputStream(bold), RecordPage.FONT_FAMILY, 700, FontStyle.NORMAL, true);
        builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
        builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
        builder.useUnicodeLineBreaker(new ICUBreakers.ICULineBreaker(locale));
        builder.defaultTextDirection(rightToLeft ? TextDirection.RTL : TextDirection.LTR);
        // The page links nothing; should it ever, nothing is fetched while printing a health record.
        builder.useExternalResourceAccessControl(
                (uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl(
                (uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        // Tagged PDF (PDF/UA): read aloud and reflowed in the page's language; it also keeps to embedded fonts only.
        builder.usePdfUaAccessibility(true);
        builder.withDiagnosticConsumer(PdfRecord::diagnose);
        builder.withProducer("Migrant e-PHR");
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not print the record to PDF", e);
        }
        return out.toByteArray();
    }

    /** Renderer messages are about our own page: a warning means the page needs fixing; the rest is debug. */
    private static void diagnose(Diagnostic diagnostic) {
        if (diagnostic.hasError() || diagnostic.getLevel().intValue() >= Level.WARNING.intValue()) {
            log.warn("PDF rendering: {}", diagnostic.getFormattedMessage(), diagnostic.getError());
        } else if (log.isDebugEnabled()) {
            log.debug("PDF rendering: {}", diagnostic.getFormattedMessage());
        }
    }
}
