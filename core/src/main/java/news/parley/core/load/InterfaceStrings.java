package news.parley.core.load;

import news.parley.core.model.Language;
import news.parley.core.model.Messages;
import news.parley.core.problem.Problem;
import news.parley.core.problem.Problems;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The interface's words for each language of a site: what Parley ships ({@code news/parley/i18n/<lang>.yaml})
 * under what the site's {@code i18n/<lang>.yaml} says. A word a language lacks is the default language's,
 * then English's; the site's own files are checked, so that a missing word is a warning, not a surprise.
 */
final class InterfaceStrings {
    private static final String SHIPPED = "news/parley/i18n/";

    private InterfaceStrings() {
    }

    /** The words of every language of the site, by code; {@code languages} starts with the default. */
    static Map<String, Messages> load(Path root, List<Language> languages, Problems problems) {
        Map<String, String> english = shipped("en");
        Set<String> keys = english.keySet();
        Map<String, Map<String, String>> own = new HashMap<>();
        for (Language language : languages) {
            own.put(language.code(), siteFile(root, language.code(), english, problems));
        }
        String first = languages.get(0).code();
        Map<String, String> fallback = new LinkedHashMap<>(english);
        fallback.putAll(shipped(first));
        fallback.putAll(own.get(first));
        Map<String, Messages> messages = new LinkedHashMap<>();
        for (Language language : languages) {
            String code = language.code();
            Map<String, String> words = new LinkedHashMap<>(fallback);
            Map<String, String> shipped = shipped(code);
            words.putAll(shipped);
            words.putAll(own.get(code));
            Set<String> missing = new TreeSet<>(keys);
            missing.removeAll(shipped.keySet());
            missing.removeAll(own.get(code).keySet());
            boolean hasFile = Files.isRegularFile(fileOf(root, code), LinkOption.NOFOLLOW_LINKS);
            // The default language falls back to English as sites always have; another falls back silently
            // only where Parley ships its words.
            if (!missing.isEmpty() && (hasFile || !code.equals(first))) {
                String path = hasFile ? "i18n/" + code + ".yaml" : "site.yaml";
                problems.add(Problem.warning(path, hasFile ? 1 : 0, hasFile ? 1 : 0, "Parley ships no interface words for '"
                        + code + "' and " + (hasFile ? "this file lacks " : "there is no i18n/" + code + ".yaml for ")
                        + String.join(", ", missing) + "; pages in " + code + " show those in "
                        + (code.equals(first) ? "English" : first)));
            }
            messages.put(code, new Messages(code, words));
        }
        return messages;
    }

    private static Path fileOf(Path root, String code) {
        return root.resolve("i18n").resolve(code + ".yaml");
    }

    /** A site's own words for one language; unknown keys are reported, as they are typos more often than not. */
    private static Map<String, String> siteFile(Path root, String code, Map<String, String> english, Problems problems) {
        Path file = fileOf(root, code);
        String path = "i18n/" + code + ".yaml";
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return Map.of();
        }
        String text = SourceText.read(path, file, problems);
        return text == null ? Map.of() : strings(path, text, english, problems);
    }

    private static Map<String, String> strings(String path, String text, Map<String, String> english, Problems problems) {
        Map<String, String> words = new LinkedHashMap<>();
        YamlFields.parse(path, text, 1, problems).ifPresent(yaml -> {
            yaml.warnUnknown(english.keySet());
            for (String key : yaml.keys()) {
                String value = english.containsKey(key) ? yaml.string(key) : null;
                if (value == null) {
                    continue;
                }
                // Parley fills only the slots the English has; any other would show as {3} to readers.
                Set<String> slots = slots(value);
                slots.removeAll(slots(english.get(key)));
                if (!slots.isEmpty()) {
                    yaml.error(key, "'" + key + "' may use " + (slots(english.get(key)).isEmpty() ? "no placeholders"
                            : String.join(", ", slots(english.get(key)))) + ", found " + String.join(", ", slots));
                    continue;
                }
                words.put(key, value);
            }
        });
        return words;
    }

    private static Set<String> slots(String text) {
        Set<String> slots = new TreeSet<>();
        java.util.regex.Matcher slot = java.util.regex.Pattern.compile("\\{\\d+}").matcher(text);
        while (slot.find()) {
            slots.add(slot.group());
        }
        return slots;
    }

    /** What Parley ships for a language: for {@code pt-BR} its own file, else {@code pt}'s; empty for none. */
    static Map<String, String> shipped(String code) {
        Map<String, String> words = new LinkedHashMap<>(resource(Locale.forLanguageTag(code).getLanguage()));
        if (!code.equals(Locale.forLanguageTag(code).getLanguage())) {
            words.putAll(resource(code));
        }
        return words;
    }

    private static Map<String, String> resource(String name) {
        try (InputStream in = InterfaceStrings.class.getClassLoader().getResourceAsStream(SHIPPED + name + ".yaml")) {
            if (in == null) {
                return Map.of();
            }
            Problems problems = new Problems();
            Map<String, String> words = new LinkedHashMap<>();
            YamlFields.parse(SHIPPED + name + ".yaml", new String(in.readAllBytes(), StandardCharsets.UTF_8), 1, problems)
                    .ifPresent(yaml -> yaml.keys().forEach(key -> words.put(key, yaml.string(key))));
            if (problems.hasErrors()) {
                throw new IllegalStateException("Parley's own " + name + ".yaml is broken: " + problems.sorted());
            }
            return words;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
