package news.parley.render.search;

import org.jsoup.parser.Parser;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;

/**
 * The text a reader sees of HTML that Parley rendered itself (tags dropped, entities decoded, white space
 * made single); with {@link HtmlWords}, the words of that text. Parley's own HTML is well formed, so a pass over it does what
 * parsing each of thousands of bodies into a tree would, without the tree.
 *
 * <p>The passes run over the HTML's UTF-8, not its characters: the quick compiler that builds run with
 * copies a string's bytes out at once, but reads its characters one call at a time.
 */
public final class PlainText {
    /** The tags that may sit inside a word, their names packed by {@link #packed}. */
    private static final long[] INLINE = java.util.stream.Stream.of("a", "em", "strong", "code", "span", "del",
            "s", "sup", "sub", "b", "i", "mark", "abbr", "q", "small").mapToLong(PlainText::packed).toArray();
    /** The longest entity looked for, "&" to ";" ({@code &CounterClockwiseContourIntegral;} and shorter). */
    private static final int ENTITY_BYTES = 34;

    private PlainText() {
    }

    /** What {@link #read} finds: the start of the text, and all the text's words. */
    public record Read(String text, Set<String> words) {
    }

    /** The whole text. */
    public static String of(String html) {
        return text(html.getBytes(StandardCharsets.UTF_8), Integer.MAX_VALUE);
    }

    /** The text up to at least {@code limit} characters, for a caller that cuts the rest. */
    public static String of(String html, int limit) {
        return text(html.getBytes(StandardCharsets.UTF_8), limit);
    }

    /**
     * The text up to at least {@code limit} characters, for a caller that cuts the rest; and every word of
     * the whole text, as {@link HtmlWords#of} finds them, from the same UTF-8.
     */
    public static Read read(String html, int limit) {
        byte[] utf8 = html.getBytes(StandardCharsets.UTF_8);
        return new Read(text(utf8, limit), HtmlWords.of(utf8));
    }

    /** The text of the HTML, stopping after the character that passes {@code limit}. */
    private static String text(byte[] html, int limit) {
        int length = html.length;
        // Room for the HTML's bytes: a space between words stands for at least one byte of white space or tag.
        // An entity may take more bytes decoded than written (&nGt; is two characters), and makes room.
        byte[] text = new byte[length];
        int size = 0;
        int chars = 0;
        boolean gap = false;
        // Whether the gap is a line break alone, which between Chinese or Japanese letters is no space.
        boolean lineBreak = false;
        int i = 0;
        // Past the limit, only the rest of a character of several bytes is taken.
        while (i < length && (chars <= limit || (html[i] & 0xc0) == 0x80)) {
            byte b = html[i];
            if (b == '<') {
                // A block's tag separates words ("<p>one</p><p>two</p>"); an inline one may sit inside a word.
                gap |= !inline(html, i + 1);
                lineBreak = false;
                i = tagEnd(html, i);
                continue;
            }
            if (b == ' ' || b == '\n' || b == '\t' || b == '\r') {
                lineBreak = (!gap || lineBreak) && (b == '\n' || b == '\r');
                gap = true;
                i++;
                continue;
            }
            if (gap && size > 0 && !(lineBreak && pairedAround(text, size, html, i))) {
                text[size++] = ' ';
                chars++;
            }
            gap = false;
            lineBreak = false;
            int end;
            if (b == '&' && (end = entityEnd(html, i)) > 0) {
                byte[] decoded = Parser.unescapeEntities(new String(html, i, end - i, StandardCharsets.ISO_8859_1), false)
                        .getBytes(StandardCharsets.UTF_8);
                text = room(text, size, decoded.length + length - end);
                System.arraycopy(decoded, 0, text, size, decoded.length);
                size += decoded.length;
                chars++;
                i = end;
            } else {
                text[size++] = b;
                // Characters start at every byte but a continuation byte (10xxxxxx).
                chars += (b & 0xc0) != 0x80 ? 1 : 0;
                i++;
            }
        }
        return new String(text, 0, size, StandardCharsets.UTF_8);
    }

    /**
     * Whether the character that ends {@code before[0, end)} and the one that starts {@code after} at
     * {@code at} are both Chinese or Japanese letters: a line break between two of them, which Markdown keeps
     * from the editor's wrapped line, joins them. Korean puts spaces between words, and a line break there
     * is one.
     */
    private static boolean pairedAround(byte[] before, int end, byte[] after, int at) {
        int start = end - 1;
        while (start > 0 && (before[start] & 0xc0) == 0x80) {
            start--;
        }
        return Terms.isUnspaced(codePoint(before, start)) && Terms.isUnspaced(codePoint(after, at));
    }

    /** The character whose UTF-8 starts at {@code at}. */
    static int codePoint(byte[] utf8, int at) {
        int lead = utf8[at];
        if (lead >= 0) {
            return lead;
        }
        int count = lead >= -32 ? (lead >= -16 ? 4 : 3) : 2;
        int point = lead & (0xff >> (count + 1));
        for (int k = at + 1; k < Math.min(utf8.length, at + count); k++) {
            point = point << 6 | utf8[k] & 0x3f;
        }
        return point;
    }

    static byte[] room(byte[] bytes, int size, int more) {
        return size + more <= bytes.length ? bytes : Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
    }

    /** Just after the tag that starts at {@code at}, or the end where it is not closed. */
    static int tagEnd(byte[] html, int at) {
        for (int i = at + 1; i < html.length; i++) {
            if (html[i] == '>') {
                return i + 1;
            }
        }
        return html.length;
    }

    /** Whether the tag whose name starts at {@code at} (after its {@code <}) is one that may sit inside a word. */
    static boolean inline(byte[] html, int at) {
        int i = at < html.length && html[at] == '/' ? at + 1 : at;
        // The name is packed into a long, as the inline ones are: every tag of every body is asked about,
        // and a string made of each name would cost more than the rest of the pass.
        long name = 0;
        for (int letters = 0; i < html.length && isAsciiLetterOrDigit(html[i]); i++, letters++) {
            if (letters == 6) {
                return false;
            }
            name = name << 8 | html[i];
        }
        if (i < html.length && html[i] < 0) {
            return false; // a name with letters not ASCII
        }
        for (long inline : INLINE) {
            if (inline == name) {
                return true;
            }
        }
        return false;
    }

    private static long packed(String name) {
        long packed = 0;
        for (int i = 0; i < name.length(); i++) {
            packed = packed << 8 | name.charAt(i);
        }
        return packed;
    }

    /** Just after the entity ({@code &amp;}, {@code &#8212;}, {@code &#x2014;}) that starts at {@code at}; or -1. */
    static int entityEnd(byte[] html, int at) {
        int limit = Math.min(html.length, at + ENTITY_BYTES);
        for (int i = at + 1; i < limit; i++) {
            byte c = html[i];
            if (c == ';') {
                return i > at + 1 ? i + 1 : -1;
            }
            if (!(isAsciiLetterOrDigit(c) || c == '#')) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean isAsciiLetterOrDigit(byte c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
}
