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
    /**
     * What XML 1.0 forbids (most C0 controls, lone surrogates, U+FFFE and U+FFFF), and what it allows but
     * feed readers and validators take for a mistake: DEL and the C1 controls, the replacement character
     * U+FFFD (a decoding error upstream), and the noncharacters.
     */
    private static final Pattern FORBIDDEN = Pattern.compile("[^\\x09\\x0A\\x0D\\x20-\\x7E\\xA0-\\x{D7FF}"
            + "\\x{E000}-\\x{FDCF}\\x{FDF0}-\\x{FFFC}\\x{10000}-\\x{10FFFF}]|[\\x{1FFFE}\\x{1FFFF}\\x{2FFFE}\\x{2FFFF}"
            + "\\x{3FFFE}\\x{3FFFF}\\x{4FFFE}\\x{4FFFF}\\x{5FFFE}\\x{5FFFF}\\x{6FFFE}\\x{6FFFF}\\x{7FFFE}\\x{7FFFF}"
            + "\\x{8FFFE}\\x{8FFFF}\\x{9FFFE}\\x{9FFFF}\\x{AFFFE}\\x{AFFFF}\\x{BFFFE}\\x{BFFFF}\\x{CFFFE}\\x{CFFFF}"
            + "\\x{DFFFE}\\x{DFFFF}\\x{EFFFE}\\x{EFFFF}\\x{FFFFE}\\x{FFFFF}\\x{10FFFE}\\x{10FFFF}]");

    private XmlText() {
    }

    /** Removes the characters of {@link #FORBIDDEN}. */
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
