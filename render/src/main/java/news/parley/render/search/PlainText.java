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
        boolean inTag = false;
        boolean space = true;
        boolean entities = false;
        for (int i = 0; i < html.length(); i++) {
            char c = html.charAt(i);
            if (inTag) {
                inTag = c != '>';
                continue;
            }
            // A block's tag separates words ("<p>one</p><p>two</p>"); an inline one may sit inside a word.
            boolean gap = Character.isWhitespace(c) || c == '<' && !inline(html, i + 1);
            inTag = c == '<';
            if (gap) {
                if (!space) {
                    text.append(' ');
                    space = true;
                }
            } else if (!inTag) {
                text.append(c);
                space = false;
                entities |= c == '&';
            }
        }
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        String plain = text.substring(0, end);
        return entities ? Parser.unescapeEntities(plain, false) : plain;
    }
}
