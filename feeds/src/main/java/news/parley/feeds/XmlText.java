package news.parley.feeds;

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
import java.util.regex.Pattern;

/** XML as feeds need it: text stripped of what XML 1.0 forbids, documents written as UTF-8 with LF. */
final class XmlText {
    private static final Pattern FORBIDDEN =
            Pattern.compile("[^\\x09\\x0A\\x0D\\x20-\\x{D7FF}\\x{E000}-\\x{FFFD}\\x{10000}-\\x{10FFFF}]");

    private XmlText() {
    }

    /** Removes the characters XML 1.0 forbids even escaped (most C0 controls, lone surrogates). */
    static String clean(String text) {
        return text == null ? null : FORBIDDEN.matcher(text).replaceAll("");
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
