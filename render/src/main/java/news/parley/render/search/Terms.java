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

    /**
     * The text without case and diacritics: decomposed (NFD), marks and format characters dropped, lower
     * case, a few letters made plain, and Korean syllables put back together. Each character folds on its
     * own (the one lower case that looks at its neighbours, a final sigma, is made a sigma anyway), so a
     * character's fold is looked up, not worked out again for every word.
     */
    public static String fold(String text) {
        if (isAscii(text)) {
            return text.toLowerCase(Locale.ROOT);
        }
        StringBuilder folded = new StringBuilder(text.length());
        boolean jamo = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (c < 0x80) {
                folded.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : (char) c);
            } else if (c < 0x10000) {
                String fold = Folds.of(c);
                if (fold == null) {
                    folded.append((char) c);
                } else {
                    folded.append(fold);
                }
            } else {
                folded.append(foldOne(new String(Character.toChars(c))));
            }
            i += Character.charCount(c);
        }
        for (int i = 0; i < folded.length() && !jamo; i++) {
            jamo = folded.charAt(i) >= 0x1100 && folded.charAt(i) <= 0x11ff;
        }
        // Decomposing takes Korean syllables apart into their letters (jamo): they are put back together.
        return jamo ? Normalizer.normalize(folded, Normalizer.Form.NFC) : folded.toString();
    }

    /** The fold of one character (as a string of one or two code units), worked out. */
    private static String foldOne(String character) {
        String decomposed = Normalizer.normalize(character, Normalizer.Form.NFD);
        StringBuilder kept = new StringBuilder(decomposed.length());
        decomposed.codePoints().filter(c -> !isDropped(c)).forEach(kept::appendCodePoint);
        String lower = kept.toString().toLowerCase(Locale.ROOT);
        StringBuilder plain = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            int at = LETTERS.indexOf(c);
            plain.append(at < 0 ? String.valueOf(c) : PLAIN[at]);
        }
        return plain.toString();
    }

    /**
     * The fold of each character of the Basic Multilingual Plane that folding changes, worked out for a block
     * of 256 characters when a text first holds one of them: a site in one script touches a few blocks. A
     * memo of a pure function, shared by builds in one process; a block is published whole, once.
     */
    private static final class Folds {
        private static final java.util.concurrent.atomic.AtomicReferenceArray<String[]> BLOCKS =
                new java.util.concurrent.atomic.AtomicReferenceArray<>(0x100);

        /** The fold of {@code c}, or null where it is {@code c} itself. */
        static String of(int c) {
            String[] block = BLOCKS.get(c >> 8);
            if (block == null) {
                block = new String[0x100];
                for (int i = 0; i < block.length; i++) {
                    char character = (char) ((c & ~0xff) | i);
                    if (!Character.isSurrogate(character)) {
                        String fold = foldOne(String.valueOf(character));
                        block[i] = fold.length() == 1 && fold.charAt(0) == character ? null : fold;
                    }
                }
                BLOCKS.compareAndSet(c >> 8, null, block);
                block = BLOCKS.get(c >> 8);
            }
            return block[c & 0xff];
        }
    }

    /**
     * Whether the character belongs to a word as the index reads words: a letter or digit, or a character
     * that folding drops (so that the word runs on through it, as it does once folded).
     */
    static boolean isInWord(int c) {
        return c < 0x10000 ? InWord.BMP[c] : Character.isLetterOrDigit(c) || isDropped(c);
    }

    /**
     * {@link #isInWord} for every character of the Basic Multilingual Plane, looked up once, when a text first
     * holds one beyond ASCII: in the quick compiler that builds run with, asking {@link Character} costs a
     * chain of calls per character.
     */
    private static final class InWord {
        static final boolean[] BMP = new boolean[0x10000];

        static {
            for (int c = 0; c < BMP.length; c++) {
                BMP[c] = Character.isLetterOrDigit(c) || isDropped(c);
            }
        }
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
            // Folded, the text holds none of the characters folding drops, so the table of isInWord, which is
            // cheaper to ask than Character, tells letters and digits here.
            boolean word = isInWord(c);
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

    /** Whether the letter is Chinese or Japanese, written without spaces between words (paired, not Korean). */
    static boolean isUnspaced(int c) {
        return isPaired(c) && Character.UnicodeScript.of(c) != Character.UnicodeScript.HANGUL;
    }

    /**
     * Whether the letter is Chinese, Japanese or Korean, which words are found of in pairs. The Katakana
     * prolonged sound mark (コーヒー) and the half-width voicing marks are of no script of their own, and count
     * with the Katakana around them.
     */
    static boolean isPaired(int c) {
        if (c < 0x1100) {
            return false;
        }
        if (c == 0x30fc || c == 0xff70 || c == 0xff9e || c == 0xff9f) {
            return true;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }
}
