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
        for (int i = 0; i < folded.length(); ) {
            int c = folded.codePointAt(i);
            boolean word = Character.isLetterOrDigit(c);
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                words.add(folded.substring(start, i));
                start = -1;
            }
            i += Character.charCount(c);
        }
        if (start >= 0) {
            words.add(folded.substring(start));
        }
        return words;
    }
}
