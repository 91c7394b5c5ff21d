package news.parley.core.language;

import java.util.ArrayList;
import java.util.List;

/**
 * Letters that Arabic and Hebrew write joined to the front of the next word ("and", "in", "to", "that"),
 * so that a name in running text may begin with them: ونتنياهو, ובנתניהו. Only the first word of a name
 * takes them.
 */
public enum Clitics {
    /**
     * و or ف ("and", "so"), then ب, ل or ك ("with", "for", "like"). The article ال is no clitic: a name
     * never takes it (الحماس is "the enthusiasm", not Hamas), and a name that has it (الأسد) has it as
     * its own first letters. ل before ال drops the alef (للأسد), and before ال and another ل the
     * article's lam too (لليكود, "to the Likud"), so both readings are restored.
     */
    ARABIC,
    /** Up to three of ו ה ב ל מ ש כ, in any order (וכשנתניהו, "and when Netanyahu"). */
    HEBREW;

    /** A reading of a word as {@code letters} prefix letters and {@code rest}, the word they are joined to. */
    public record Stripped(int letters, String rest) {
    }

    private static final String HEBREW_PREFIXES = "והבלמשכ";

    /** Every reading of {@code word}, a normalised word, with at least one prefix letter and a rest left. */
    public List<Stripped> strip(String word) {
        return this == ARABIC ? arabic(word) : hebrew(word);
    }

    private static List<Stripped> arabic(String word) {
        List<Stripped> readings = null;
        int conjunction = !word.isEmpty() && (word.charAt(0) == 'و' || word.charAt(0) == 'ف') ? 1 : 0;
        for (int c = 0; c <= conjunction; c++) {
            if (c == 1 && word.length() > 1) {
                readings = add(readings, new Stripped(1, word.substring(1)));
            }
            if (word.length() > c + 1 && isPreposition(word.charAt(c))) {
                String rest = word.substring(c + 1);
                readings = add(readings, new Stripped(c + 1, rest));
                if (word.charAt(c) == 'ل' && rest.charAt(0) == 'ل') {
                    readings = add(readings, new Stripped(c + 1, 'ا' + rest));
                    readings = add(readings, new Stripped(c + 1, "ال" + rest));
                }
            }
        }
        return readings == null ? List.of() : readings;
    }

    private static boolean isPreposition(char c) {
        return c == 'ب' || c == 'ل' || c == 'ك';
    }

    private static List<Stripped> hebrew(String word) {
        List<Stripped> readings = null;
        for (int p = 1; p <= 3 && p < word.length() && HEBREW_PREFIXES.indexOf(word.charAt(p - 1)) >= 0; p++) {
            readings = add(readings, new Stripped(p, word.substring(p)));
        }
        return readings == null ? List.of() : readings;
    }

    // Most words carry no prefix, and most words are read, so the list is made only when needed.
    private static List<Stripped> add(List<Stripped> readings, Stripped reading) {
        List<Stripped> list = readings == null ? new ArrayList<>(3) : readings;
        list.add(reading);
        return list;
    }
}
