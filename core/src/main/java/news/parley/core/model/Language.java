package news.parley.core.model;

import java.util.Locale;

/**
 * One language a site publishes in, as {@code site.yaml} names it: the default language with the site's
 * own title and description, each other one from its {@code languages} entry.
 *
 * @param code a BCP 47 tag as the editor wrote it ({@code ru}, {@code pt-BR}); also the folder of its pages
 */
public record Language(String code, String title, String description) {

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    /** The language's name as its own readers write it ("русский" shown as "Русский"), for the language menu. */
    public String nativeName() {
        Locale locale = locale();
        String name = locale.getDisplayLanguage(locale);
        return name.isEmpty() ? code : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }
}
