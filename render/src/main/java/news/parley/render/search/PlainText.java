package news.parley.render.search;

import org.jsoup.parser.Parser;

/**
 * The text a reader sees of HTML that Parley rendered itself: tags dropped, entities decoded, white space
 * made single. Parley's own HTML is well formed, so a pass over its characters does what parsing each of
 * thousands of bodies into a tree would, without the tree.
 */
public final class PlainText {
    private PlainText() {
    }

    private static final java.util.Set<String> INLINE = java.util.Set.of("a", "em", "strong", "code", "span", "del",
            "s", "sup", "sub", "b", "i", "mark", "abbr", "q", "small");

    private static boolean inline(String html, int at) {
        int start = at < html.length() && html.charAt(at) == '/' ? at + 1 : at;
        int end = start;
        while (end < html.length() && Character.isLetterOrDigit(html.charAt(end))) {
            end++;
        }
        return INLINE.contains(html.substring(start, end));
    }

    public static String of(String html) {
        StringBuilder text = new StringBuilder(html.length());
        int length = html.length();
        boolean gap = false;
        int i = 0;
        while (i < length) {
            char c = html.charAt(i);
            if (c == '<') {
                // A block's tag separates words ("<p>one</p><p>two</p>"); an inline one may sit inside a word.
                gap |= !inline(html, i + 1);
                int close = html.indexOf('>', i);
                i = close < 0 ? length : close + 1;
            } else if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
                gap = true;
                i++;
            } else {
                // A run of text, copied at once.
                int start = i;
                while (i < length && (c = html.charAt(i)) != '<' && c != ' ' && c != '\n' && c != '\t' && c != '\r') {
                    i++;
                }
                if (gap && text.length() > 0) {
                    text.append(' ');
                }
                gap = false;
                text.append(html, start, i);
            }
        }
        String plain = text.toString();
        return plain.indexOf('&') >= 0 ? Parser.unescapeEntities(plain, false) : plain;
    }
}
