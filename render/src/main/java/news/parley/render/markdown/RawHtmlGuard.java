package news.parley.render.markdown;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where a site lets raw HTML through ({@code markdown.rawHtml: true}), editors may shape the page,
 * but nothing they write may run script: script elements, event handler attributes and URLs with
 * script-running schemes are removed.
 */
final class RawHtmlGuard {
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "poster",
            "background", "cite", "data", "xlink:href", "srcdoc");
    private static final Pattern UNSAFE_URL = Pattern.compile("^(javascript|vbscript|data):.*", Pattern.DOTALL);
    private static final Pattern IGNORED_IN_SCHEME = Pattern.compile("[\\s\\x00-\\x1F]");

    private RawHtmlGuard() {
    }

    static String clean(String html) {
        Document document = Jsoup.parseBodyFragment(html);
        document.outputSettings().prettyPrint(false);
        document.select("script, object, embed, base, meta, link[rel=import]").remove();
        for (Element element : document.body().getAllElements()) {
            List<String> remove = new ArrayList<>();
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                if (name.startsWith("on") || URL_ATTRIBUTES.contains(name) && isUnsafe(attribute.getValue())) {
                    remove.add(attribute.getKey());
                }
            }
            remove.forEach(element::removeAttr);
        }
        return document.body().html();
    }

    /** Browsers ignore white space and control characters inside a scheme ("java\tscript:"), so do we. */
    static boolean isUnsafe(String url) {
        String compact = IGNORED_IN_SCHEME.matcher(url).replaceAll("").toLowerCase(Locale.ROOT);
        return UNSAFE_URL.matcher(compact).matches();
    }
}
