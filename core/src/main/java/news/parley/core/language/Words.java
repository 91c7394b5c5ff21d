package news.parley.core.language;

import java.util.Arrays;

/**
 * Where the words of a text begin and end, and what lies between them. A word is a run of letters, digits,
 * {@code _} and combining marks: Arabic harakat and Hebrew niqqud sit inside the words they vowel, where
 * a test of letters alone would cut the word at each mark. The zero-width non-joiner ends a word, as
 * Persian writes it between a word and its suffix (پوتین‌ها).
 */
public final class Words {
    private static final char ZWNJ = '\u200C';

    private Words() {
    }

    /**
     * The words of {@code text} as {@code start0, end0, start1, end1, ...}, in order. With
     * {@code apostrophes}, an apostrophe between two Cyrillic letters belongs to the word: Ukrainian
     * spells with one (В'ячеслав, Мар'яна), and a word cut there would decline as two.
     */
    public static int[] split(CharSequence text, boolean apostrophes) {
        int[] bounds = new int[16];
        int count = 0;
        int length = text.length();
        int i = 0;
        while (i < length) {
            int c = Character.codePointAt(text, i);
            if (!isWordChar(c)) {
                i += Character.charCount(c);
                continue;
            }
            int start = i;
            i += Character.charCount(c);
            while (i < length) {
                c = Character.codePointAt(text, i);
                if (isWordChar(c) || apostrophes && isApostrophe(c) && cyrillicLetter(text, i - 1)
                        && i + 1 < length && cyrillicLetter(text, i + 1)) {
                    i += Character.charCount(c);
                } else {
                    break;
                }
            }
            if (count + 2 > bounds.length) {
                bounds = Arrays.copyOf(bounds, bounds.length * 2);
            }
            bounds[count++] = start;
            bounds[count++] = i;
        }
        return Arrays.copyOf(bounds, count);
    }

    public static boolean isWordChar(int c) {
        return Character.isLetterOrDigit(c) || c == '_' || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    /**
     * {@code text[from, to)}, the characters between two words, as a name's gap is compared: any run of
     * white space (a line break, a no-break space, a non-joiner) is one space, and each of the signs that
     * keyboards offer in two shapes takes one, so that "Putin, Vladimir" stays apart from "Vladimir
     * Putin" while צה״ל meets צה"ל.
     */
    public static String gap(CharSequence text, int from, int to) {
        StringBuilder gap = new StringBuilder(to - from);
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                while (i < to && isSpace(text.charAt(i))) {
                    i++;
                }
                gap.append(' ');
            } else {
                gap.append(sign(c));
                i++;
            }
        }
        return gap.toString();
    }

    /** Whether {@code text[from, to)} is {@code gap}, a {@link #gap} of a name, without copying the text. */
    public static boolean sameGap(CharSequence text, int from, int to, String gap) {
        int g = 0;
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                while (i < to && isSpace(text.charAt(i))) {
                    i++;
                }
                c = ' ';
            } else {
                c = sign(c);
                i++;
            }
            if (g == gap.length() || gap.charAt(g) != c) {
                return false;
            }
            g++;
        }
        return g == gap.length();
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == ZWNJ;
    }

    /** Hebrew's own geresh, gershayim and maqaf are mostly typed as ', " and -; so are the Unicode hyphens. */
    private static char sign(char c) {
        return switch (c) {
            case '\u05F3' -> '\'';
            case '\u05F4' -> '"';
            case '\u05BE', '\u2010', '\u2011' -> '-';
            default -> c;
        };
    }

    private static boolean isApostrophe(int c) {
        return c == '\'' || c == '\u2019' || c == '\u02BC';
    }

    private static boolean cyrillicLetter(CharSequence text, int i) {
        char c = text.charAt(i);
        return Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC;
    }
}
