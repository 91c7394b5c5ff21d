package news.parley.core.language;

import org.apache.lucene.analysis.ar.ArabicNormalizer;
import org.apache.lucene.analysis.fa.PersianNormalizer;

/**
 * Letters that writers of one language use for one another, reduced to a single spelling so that a name
 * and an article meet however each was typed. Each method rewrites {@code chars[0, length)} in place and
 * returns the new length, as Lucene's normalisers do.
 */
public final class Letters {
    // Neither keeps state between calls, so one of each serves every thread.
    private static final ArabicNormalizer ARABIC = new ArabicNormalizer();
    private static final PersianNormalizer PERSIAN = new PersianNormalizer();

    private Letters() {
    }

    /**
     * Russian print drops the dots of ё at will (Хрущёв, Хрущев); Ukrainian types its apostrophe as ', ’
     * or ʼ (U+02BC, which Ukrainian standards prefer) alike.
     */
    public static int cyrillic(char[] chars, int length) {
        for (int i = 0; i < length; i++) {
            switch (chars[i]) {
                case 'ё' -> chars[i] = 'е';
                case 'Ё' -> chars[i] = 'Е';
                case '\u2019', '\u02BC' -> chars[i] = '\'';
                default -> {
                }
            }
        }
        return length;
    }

    /**
     * Arabic and Persian keyboards give the same names different code points (ي and ی, ك and ک, أ and ا,
     * ة and ه), and vowel marks and tatweel come and go with the writer. Persian's normaliser runs first
     * as it folds its letters into the Arabic ones that Arabic's then folds further. Lucene leaves the
     * rarer marks (superscript alef, combining hamza and madda, Quranic signs), which mean no more than
     * the harakat it drops.
     */
    public static int arabic(char[] chars, int length) {
        length = PERSIAN.normalize(chars, length);
        length = ARABIC.normalize(chars, length);
        return dropMarks(chars, length, '\u0610', '\u06FF');
    }

    /** Niqqud and cantillation marks are optional in Hebrew; most news prints none. */
    public static int hebrew(char[] chars, int length) {
        return dropMarks(chars, length, '\u0591', '\u05C7');
    }

    private static int dropMarks(char[] chars, int length, char from, char to) {
        int kept = 0;
        for (int i = 0; i < length; i++) {
            char c = chars[i];
            if (c < from || c > to || Character.getType(c) != Character.NON_SPACING_MARK) {
                chars[kept++] = c;
            }
        }
        return kept;
    }
}
