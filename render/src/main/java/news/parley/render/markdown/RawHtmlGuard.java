package news.parley.render.markdown;

import org.jsoup.Jsoup;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Where a site lets raw HTML through ({@code markdown.rawHtml: true}), editors may shape the page
 * with ordinary markup, but nothing they write may run script. An allowlist (jsoup's relaxed
 * safelist, plus figures and classes) rather than a blocklist: whatever it does not name is dropped.
 */
final class RawHtmlGuard {
    private static final Safelist SAFELIST = Safelist.relaxed()
            .addTags("figure", "figcaption", "section", "aside", "abbr", "mark", "small", "time", "hr")
            .addAttributes(":all", "class", "id", "lang", "dir", "title")
            .addAttributes("time", "datetime")
            .addAttributes("a", "data-actor")
            .addAttributes("th", "align")
            .addAttributes("td", "align")
            .addProtocols("a", "href", "http", "https", "mailto", "tel")
            .preserveRelativeLinks(true);

    private RawHtmlGuard() {
    }

    static String clean(String html) {
        // The base URI only lets relative links through the protocol check; they are kept as written.
        var document = new Cleaner(SAFELIST).clean(Jsoup.parseBodyFragment(html, "https://parley.invalid/"));
        document.outputSettings().prettyPrint(false);
        return document.body().html();
    }
}
