package news.parley.render.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Words as search compares them: without case and diacritics ("Élysée" is "elysee", "Путина" is "путина"),
 * split at anything that is not a letter or a digit. The search script folds what readers type the same
 * way ({@code normalize("NFD")}, marks and format characters removed, lower case, a few letters made plain,
 * letters and decimal digits), so that both sides meet.
 *
 * <p>Chinese and Japanese put no spaces between words, so a run of their letters is taken as its pairs of
 * neighbouring letters ("中华人民" is 中华, 华人 and 人民), as Lucene's CJK analyzer takes them: a query's
 * pairs, all found, find the words it typed without a dictionary of words. Korean, written in words, has
 * endings joined to them (서울에서, "in Seoul"), and is taken in pairs the same way.
 */
public final class Terms {
    /**
     * Letters that decomposing leaves whole but readers type plain: "lodz" finds "Łódź", "walesa" finds
     * "Wałęsa", "kilicdaroglu" finds "Kılıçdaroğlu"; a final sigma is a sigma; Persian keyboards' yeh and
     * kaf meet Arabic ones. The search script has the same table.
     */
    private static final String LETTERS = "łøđħıæœßþςيك";
    private static final String[] PLAIN = {"l", "o", "d", "h", "i", "ae", "oe", "ss", "th", "σ", "ی", "ک"};

    private Terms() {
    }

    /** The text without case and diacritics. */
    public static String fold(String text) {
        if (isAscii(text)) {
            return text.toLowerCase(Locale.ROOT);
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder folded = new StringBuilder(decomposed.length());
        decomposed.codePoints().forEach(c -> {
            if (!isDropped(c)) {
                folded.appendCodePoint(c);
            }
        });
        String lower = folded.toString().toLowerCase(Locale.ROOT);
        // Decomposing takes Korean syllables apart into their letters (jamo): they are put back together.
        if (lower.chars().anyMatch(c -> c >= 0x1100 && c <= 0x11ff)) {
            lower = Normalizer.normalize(lower, Normalizer.Form.NFC);
        }
        StringBuilder plain = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            int at = LETTERS.indexOf(c);
            plain.append(at < 0 ? String.valueOf(c) : PLAIN[at]);
        }
        return plain.toString();
    }

    /**
     * Whether folding drops the character: marks go, and so do invisible format characters (a soft hyphen, a
     * zero-width joiner), which would cut a word in two.
     */
    static boolean isDropped(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK || type == Character.FORMAT;
    }

    /** The same for ASCII, which needs neither decomposing nor a folded copy. */
    private static List<String> ascii(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        int length = lower.length();
        int i = 0;
        while (i < length) {
            while (i < length && !isAsciiWordChar(lower.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < length && isAsciiWordChar(lower.charAt(i))) {
                i++;
            }
            if (i > start) {
                words.add(lower.substring(start, i));
            }
        }
        return words;
    }

    private static boolean isAsciiWordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** The words of a text, folded, in order, with repeats. */
    public static List<String> of(String text) {
        if (isAscii(text)) {
            return ascii(text);
        }
        String folded = fold(text);
        List<String> words = new ArrayList<>();
        int start = -1;
        boolean pairs = false;
        for (int i = 0; i <= folded.length(); ) {
            int c = i < folded.length() ? folded.codePointAt(i) : ' ';
            boolean word = Character.isLetterOrDigit(c);
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                add(folded.substring(start, i), pairs, words);
                start = -1;
                pairs = false;
            }
            pairs |= word && isPaired(c);
            i += Character.charCount(c);
        }
        return words;
    }

    /** Adds {@code word}, or, where it holds letters taken in pairs, its other parts and its pairs. */
    private static void add(String word, boolean pairs, List<String> words) {
        if (!pairs) {
            words.add(word);
            return;
        }
        int[] letters = word.codePoints().toArray();
        int start = 0;
        while (start < letters.length) {
            boolean paired = isPaired(letters[start]);
            int end = start;
            while (end < letters.length && isPaired(letters[end]) == paired) {
                end++;
            }
            if (!paired || end - start == 1) {
                words.add(new String(letters, start, end - start));
            } else {
                for (int i = start; i + 1 < end; i++) {
                    words.add(new String(letters, i, 2));
                }
            }
            start = end;
        }
    }

    /**
     * Whether the letter is Chinese, Japanese or Korean, which words are found of in pairs. The Katakana
     * prolonged sound mark (コーヒー) is of no script of its own, and counts with the Katakana around it.
     */
    static boolean isPaired(int c) {
        if (c < 0x1100) {
            return false;
        }
        if (c == 0x30fc || c == 0xff70) {
            return true;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }
}
