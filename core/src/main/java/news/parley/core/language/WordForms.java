package news.parley.core.language;

import java.util.List;
import java.util.Locale;

/**
 * How the articles of one language write a name: the letters it folds together, the case forms each word
 * of a name takes, and the prefixes joined to its first word. Only the languages that need more than an
 * exact match have one.
 */
public final class WordForms {
    private enum Script { CYRILLIC, ARABIC, HEBREW }

    private final Script script;
    private final Declension declension;
    private final Clitics clitics;

    private WordForms(Script script, Declension declension, Clitics clitics) {
        this.script = script;
        this.declension = declension;
        this.clitics = clitics;
    }

    /**
     * The rules for articles in {@code language}, a BCP 47 tag ({@code ru}, {@code ar-EG}), or null when
     * names in that language are matched as written. Persian takes no prefixes: its و stands apart.
     */
    public static WordForms of(String language) {
        if (language == null) {
            return null;
        }
        int end = 0;
        while (end < language.length() && language.charAt(end) != '-' && language.charAt(end) != '_') {
            end++;
        }
        return switch (language.substring(0, end).toLowerCase(Locale.ROOT)) {
            case "ru" -> new WordForms(Script.CYRILLIC, Declension.RUSSIAN, null);
            case "uk" -> new WordForms(Script.CYRILLIC, Declension.UKRAINIAN, null);
            case "ar" -> new WordForms(Script.ARABIC, null, Clitics.ARABIC);
            case "fa" -> new WordForms(Script.ARABIC, null, null);
            case "he" -> new WordForms(Script.HEBREW, null, Clitics.HEBREW);
            default -> null;
        };
    }

    /** Whether an apostrophe between two letters joins them into one word, as in Ukrainian. */
    public boolean apostrophesInWords() {
        return script == Script.CYRILLIC;
    }

    /** {@code text[start, end)}, one word, with its letters folded as {@link Letters} does for the language. */
    public String normalize(CharSequence text, int start, int end) {
        char[] chars = new char[end - start];
        for (int i = start; i < end; i++) {
            chars[i - start] = text.charAt(i);
        }
        int length = switch (script) {
            case CYRILLIC -> Letters.cyrillic(chars, chars.length);
            case ARABIC -> Letters.arabic(chars, chars.length);
            case HEBREW -> Letters.hebrew(chars, chars.length);
        };
        return new String(chars, 0, length);
    }

    /** The other forms of {@code word}, a normalised word of a name, that an article may write. */
    public List<String> declensions(String word) {
        return declension == null ? List.of() : declension.forms(word);
    }

    /** Whether a name's first word may be written with letters joined to its front. */
    public boolean hasPrefixes() {
        return clitics != null;
    }

    /** The readings of {@code word}, a normalised word of an article, as prefix letters and a rest. */
    public List<Clitics.Stripped> prefixes(String word) {
        return clitics == null ? List.of() : clitics.strip(word);
    }
}
