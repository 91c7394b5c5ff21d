package news.parley.feeds;

import com.ctc.wstx.api.WstxOutputProperties;
import com.ctc.wstx.stax.WstxOutputFactory;
import org.jdom2.Document;
import org.jdom2.output.Format;
import org.jdom2.output.LineSeparator;
import org.jdom2.output.XMLOutputter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLOutputFactory;

/** XML as feeds need it: text stripped of what XML 1.0 forbids, documents written as UTF-8 with LF. */
final class XmlText {
    /**
     * The StAX writers' factory: Woodstox's, which writes the archives' many bytes faster than the JDK's
     * (bench/README.md), named rather than looked up (a lookup costs more than writing a small document,
     * and may find another). Made once and only read after, which it allows from any thread.
     */
    static final XMLOutputFactory STAX = stax();

    private XmlText() {
    }

    private static XMLOutputFactory stax() {
        XMLOutputFactory factory = new WstxOutputFactory();
        factory.setProperty(WstxOutputProperties.P_USE_DOUBLE_QUOTES_IN_XML_DECL, true);
        return factory;
    }

    /**
     * Removes what XML 1.0 forbids (most C0 controls, lone surrogates, U+FFFE and U+FFFF), and what it
     * allows but feed readers and validators take for a mistake: DEL and the C1 controls, the
     * replacement character U+FFFD (a decoding error upstream) and the other noncharacters. Text with
     * none of them, nearly all text, comes back as it is.
     */
    static String clean(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder kept = null;
        for (int at = 0; at < text.length(); ) {
            int c = text.codePointAt(at);
            if (!allowed(c) && kept == null) {
                kept = new StringBuilder(text.length()).append(text, 0, at);
            } else if (allowed(c) && kept != null) {
                kept.appendCodePoint(c);
            }
            at += Character.charCount(c);
        }
        return kept == null ? text : kept.toString();
    }

    /** A paired surrogate reads as one code point past U+FFFF; a lone one reads as itself, and is refused. */
    private static boolean allowed(int c) {
        if (c < 0x20) {
            return c == 0x09 || c == 0x0A || c == 0x0D;
        }
        if (c < 0x7F) {
            return true;
        }
        if (c < 0xA0) {
            return false; // DEL and the C1 controls
        }
        return !(c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) && !(c >= 0xFDD0 && c <= 0xFDEF)
                && (c & 0xFFFE) != 0xFFFE && c != 0xFFFD;
    }

    static byte[] write(Document document) {
        Format format = Format.getPrettyFormat()
                .setEncoding("UTF-8")
                .setLineSeparator(LineSeparator.UNIX);
        // Every character can be written as UTF-8; JDOM would otherwise turn emoji into &#x...; references.
        format.setEscapeStrategy(ch -> false);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(16384);
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            new XMLOutputter(format).output(document, writer);
            writer.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
