package news.parley.core.model;

import java.util.Map;
import java.util.TreeMap;

/**
 * The interface's words in one language ("Latest", "In this story"), by key, with the default
 * language's and then English's filling every gap; as Hugo's i18n files, and a site's own
 * {@code i18n/<lang>.yaml} overrides what Parley ships. Placeholders {@code {0}}, {@code {1}}... are
 * filled in order by {@link #format}; a plain replacement, as translators' apostrophes must not need
 * MessageFormat's quoting.
 */
public record Messages(String language, Map<String, String> strings) {

    public Messages {
        strings = java.util.Collections.unmodifiableMap(new TreeMap<>(strings));
    }

    public String get(String key) {
        String value = strings.get(key);
        if (value == null) {
            throw new IllegalArgumentException("no interface string '" + key + "'");
        }
        return value;
    }

    public String format(String key, Object... values) {
        String text = get(key);
        for (int i = 0; i < values.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(values[i]));
        }
        return text;
    }

    /** The words for a count of articles: the {@code One} key's for 1, the {@code Other} key's for any other. */
    public String count(String key, int n) {
        return n == 1 ? get(key + "One") : format(key + "Other", n);
    }
}
