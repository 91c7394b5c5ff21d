package news.parley.core.load;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The language a content file is written in, from its name as Hugo reads it: {@code talks.ru.md} is
 * {@code talks} in Russian, {@code talks.md} is in the site's default language. Only a known ISO 639
 * code counts as a suffix, so that a name with a dot in it ({@code g7.summit.md}) stays a name; and only
 * in a site of several languages, so that a site in one keeps the names it had ({@code sanctions.eu.md}).
 *
 * @param base     the name without the suffix and {@code .md}
 * @param language the suffix as written ({@code ru}, {@code pt-BR}), or null for none
 */
record LanguageSuffix(String base, String language) {
    private static final Pattern TAG = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");
    private static final Set<String> ISO = Set.of(Locale.getISOLanguages());

    static LanguageSuffix of(String fileName, boolean multilingual) {
        String stem = fileName.endsWith(".md") ? fileName.substring(0, fileName.length() - 3) : fileName;
        int dot = stem.lastIndexOf('.');
        if (multilingual && dot > 0) {
            String suffix = stem.substring(dot + 1);
            if (TAG.matcher(suffix).matches() && ISO.contains(Locale.forLanguageTag(suffix).getLanguage())) {
                return new LanguageSuffix(stem.substring(0, dot), suffix);
            }
        }
        return new LanguageSuffix(stem, null);
    }
}
