package news.parley.feeds;

import java.util.regex.Pattern;

/** Text made safe for XML 1.0, which forbids most control characters even when escaped. */
final class XmlText {
    private static final Pattern FORBIDDEN =
            Pattern.compile("[^\\x09\\x0A\\x0D\\x20-\\x{D7FF}\\x{E000}-\\x{FFFD}\\x{10000}-\\x{10FFFF}]");

    private XmlText() {
    }

    static String clean(String text) {
        return text == null ? null : FORBIDDEN.matcher(text).replaceAll("");
    }
}
