package news.parley.render.page;

import news.parley.core.model.Messages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The interface's words as templates take them: each one escaped for HTML once, as the charts escape text
 * (only what HTML needs, so that the page source reads as written) ({@code {{{t.latest}}}}),
 * and phrases with something in them ("By {0}", "Page {0} of {1}") as parts, so that the template
 * escapes the names and numbers as it always has, wherever the language puts them.
 */
final class Words {
    private static final Pattern SLOT = Pattern.compile("\\{(\\d)\\}");

    /**
     * A piece of a phrase: its words as HTML, then the value that follows them (escaped by the template),
     * as a link where {@code href} is not null.
     */
    record Part(String html, String value, String href) {
    }

    /** A value that a phrase shows as a link. */
    record Link(String text, String href) {
    }

    private final Messages messages;
    private final Map<String, String> html = new LinkedHashMap<>();

    Words(Messages messages) {
        this.messages = messages;
        messages.strings().forEach((key, value) -> html.put(key, Charts.escape(value)));
    }

    /** Every word, escaped, by key: what templates read as {@code t}. */
    Map<String, String> html() {
        return html;
    }

    String text(String key) {
        return messages.get(key);
    }

    String format(String key, Object... values) {
        return messages.format(key, values);
    }

    /** "1 article", "3 articles", as the language counts them. */
    String articles(int count) {
        return messages.count("articles", count);
    }

    /** The phrase {@code key} with its slots filled by {@code values} (strings, numbers or {@link Link}s). */
    List<Part> phrase(String key, Object... values) {
        String text = messages.get(key);
        List<Part> parts = new ArrayList<>();
        Matcher slot = SLOT.matcher(text);
        int at = 0;
        while (slot.find()) {
            int index = Integer.parseInt(slot.group(1));
            if (index >= values.length) {
                continue; // the loader refuses such a word; were one to pass, it shows as written
            }
            Object value = values[index];
            String words = Charts.escape(text.substring(at, slot.start()));
            if (value instanceof Link link) {
                parts.add(new Part(words, link.text(), link.href()));
            } else {
                parts.add(new Part(words, String.valueOf(value), null));
            }
            at = slot.end();
        }
        if (at < text.length()) {
            parts.add(new Part(Charts.escape(text.substring(at)), null, null));
        }
        return parts;
    }
}
