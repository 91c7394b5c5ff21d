package news.parley.core.model;

import java.util.Locale;

/**
 * A country by its ISO 3166-1 alpha-2 code.
 *
 * @param description Markdown from {@code countries/<code>.md}, or empty
 */
public record Country(String code, String name, String description) {

    /** The English short name from the JDK's ISO 3166 data, never a table typed by hand. */
    public static String nameOf(String code) {
        return nameOf(code, Locale.ENGLISH);
    }

    /**
     * The short name in a reader's language, from the JDK's locale data ("Иран", "إيران"). Every English
     * takes the one English's, which English sites have always shown (en-GB's data would rename a few).
     */
    public static String nameOf(String code, Locale language) {
        return new Locale("", code.toUpperCase(Locale.ROOT))
                .getDisplayCountry(language.getLanguage().equals("en") ? Locale.ENGLISH : language);
    }

    /** The flag as readers' systems draw it: the two regional indicator symbols of the code. */
    public String flag() {
        return new StringBuilder()
                .appendCodePoint(0x1F1E6 + code.charAt(0) - 'a')
                .appendCodePoint(0x1F1E6 + code.charAt(1) - 'a')
                .toString();
    }

    public static boolean isKnownCode(String code) {
        return code.length() == 2 && ISO_CODES.contains(code.toUpperCase(Locale.ROOT));
    }

    private static final java.util.Set<String> ISO_CODES = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);
}
