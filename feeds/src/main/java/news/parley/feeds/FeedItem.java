package news.parley.feeds;

import news.parley.core.index.IndexedArticle;
import news.parley.core.model.Actor;
import news.parley.core.model.Article;
import news.parley.core.model.Country;
import news.parley.core.site.ArticleHtml;
import news.parley.core.site.Fingerprint;
import news.parley.core.site.Output;
import news.parley.core.site.Urls;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An article as every feed format carries it, made once per build however many feeds it is in:
 * text safe for XML, and HTML whose every link is absolute.
 *
 * @param url        the permanent URL, which is also the item's identity
 * @param html       the article's text, or null where the item carries only its summary (archives)
 * @param categories the article's countries, then its actors (none in archives)
 * @param author     null when the article names none
 * @param image      the article's lead photo, or null
 */
record FeedItem(String url, String title, String summary, String html, Instant published, Instant modified,
                String author, List<Category> categories, Image image) {

    /**
     * A photo as feeds carry it: the whole picture at a column's width.
     *
     * @param description its caption, else its text alternative
     * @param credit      who took it, or null
     */
    record Image(String url, int width, int height, String type, long length, String description, String credit) {
    }

    /** A country or actor, with the page that lists its articles as the category's scheme. */
    record Category(String term, String scheme) {
    }

    /**
     * The item for {@code entry}. Its HTML, the body with absolute links, is asked of {@code output}
     * first: a rebuild's changed feeds carry mostly articles that did not change.
     */
    static FeedItem of(IndexedArticle entry, FeedTimes times, Urls urls, Output output, Image image, ArticleHtml text) {
        String url = urls.absolute(Urls.article(entry.slug()));
        String html = output.derived(Fingerprint.of("feed item html", entry.fingerprint(), url, text.key(entry)),
                () -> XmlText.clean(forReaders(text.html(entry), url)));
        return make(entry, times, urls, html, image);
    }

    /**
     * What an archive document carries of an older article: its title, link, dates, author and summary,
     * not its text (the article's page has it) nor its categories, so that a whole archive stays small.
     */
    static FeedItem summary(IndexedArticle entry, FeedTimes times, Urls urls) {
        return make(entry, times, urls, null, null);
    }

    /** The item with {@code html} as its text; without text (an archive's), without categories either. */
    private static FeedItem make(IndexedArticle entry, FeedTimes times, Urls urls, String html, Image image) {
        Article article = entry.article();
        String url = urls.absolute(Urls.article(article.slug()));
        List<Category> categories = new ArrayList<>();
        if (html != null) {
            for (Country country : entry.countries()) {
                categories.add(new Category(XmlText.clean(country.name()), urls.absolute(Urls.country(country.code()))));
            }
            for (Actor actor : entry.actors()) {
                categories.add(new Category(XmlText.clean(actor.name()), urls.absolute(Urls.actor(actor.id()))));
            }
        }
        return new FeedItem(url, XmlText.clean(article.title()), XmlText.clean(entry.body().summary()),
                html, times.published(entry), times.modified(entry), blankAsNull(XmlText.clean(article.author())), List.copyOf(categories), image);
    }

    /** The same item as an archive carries it: its summary, without its text or categories. */
    FeedItem withoutText() {
        return new FeedItem(url, title, summary, null, published, modified, author, List.of(), image);
    }

    /**
     * At least the bytes the item takes in any format: RSS, which escapes its summary twice; Atom, which
     * writes its link three times; JSON Feed, which escapes line breaks and characters outside the
     * Basic Multilingual Plane. Close enough to keep a feed within a size without writing it to find out.
     */
    long bytes() {
        long size = 600 + 3 * escaped(url) + escaped(title) + 2 * escaped(RomeFeed.escapeHtml(summary))
                + (html == null ? 0 : escaped(html)) + (author == null ? 0 : escaped(author));
        for (Category category : categories) {
            size += 80 + escaped(category.term()) + escaped(category.scheme());
        }
        if (image != null) {
            size += 400 + 2 * escaped(image.url()) + escaped(image.description())
                    + (image.credit() == null ? 0 : escaped(image.credit()));
        }
        return size;
    }

    /**
     * The most bytes {@code text} takes in any of the formats: XML escapes as attribute values do,
     * writes a carriage return as a character reference, and JSON escapes line breaks, tabs and each
     * half of a surrogate pair.
     */
    static long escaped(String text) {
        long size = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            size += switch (c) {
                case '<', '>' -> 4;
                case '&', '\n', '\r', '\t' -> 5;
                case '"' -> 6;
                default -> c < 0x20 || Character.isSurrogate(c) ? 6 : c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
            };
        }
        return size;
    }

    /**
     * {@code items}, newest first, as a feed of at most {@code budget} bytes of items carries them: each
     * with its summary, and with its text and categories too for as many of the newest as then fit. A
     * feed of so many items that their summaries alone pass the budget carries no text at all.
     */
    static List<FeedItem> within(List<FeedItem> items, long budget) {
        List<FeedItem> brief = items.stream().map(FeedItem::withoutText).toList();
        long used = brief.stream().mapToLong(FeedItem::bytes).sum();
        List<FeedItem> fitted = new ArrayList<>(items.size());
        boolean full = false;
        for (int i = 0; i < items.size(); i++) {
            long more = items.get(i).bytes() - brief.get(i).bytes();
            full |= used + more > budget;
            if (!full) {
                used += more;
            }
            fitted.add(full ? brief.get(i) : items.get(i));
        }
        return fitted;
    }

    /** An author of only spaces is none: the feed's author speaks for the item. */
    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    /**
     * What feed readers use of a readers' copy of the article: the markup of text (paragraphs, headings,
     * emphasis, quotes, lists, tables, code), links and images with their text alternative and size, and
     * nothing of the theme's (classes, data attributes), which readers strip and validators flag.
     */
    private static final Safelist READER_MARKUP = Safelist.none()
            .addTags("p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "em", "strong", "i", "b", "del", "s", "sub",
                    "sup", "code", "pre", "blockquote", "q", "cite", "ul", "ol", "li", "dl", "dt", "dd", "table",
                    "caption", "thead", "tbody", "tfoot", "tr", "th", "td", "a", "img", "figure", "figcaption")
            .addAttributes("a", "href", "title")
            .addAttributes("img", "src", "alt", "width", "height", "title")
            .addAttributes("th", "colspan", "rowspan", "scope")
            .addAttributes("td", "colspan", "rowspan")
            .addAttributes("ol", "start")
            .addAttributes("blockquote", "cite")
            .addAttributes("q", "cite")
            .addProtocols("a", "href", "http", "https", "mailto")
            .addProtocols("img", "src", "http", "https")
            .addProtocols("blockquote", "cite", "http", "https")
            .addProtocols("q", "cite", "http", "https");

    /**
     * Feed readers show item HTML away from the site: every link and image in it must be absolute, and
     * only the markup they use is kept.
     */
    static String forReaders(String html, String pageUrl) {
        Document document = Jsoup.parseBodyFragment(html, pageUrl);
        for (Element element : document.select("[href]")) {
            element.attr("href", element.absUrl("href"));
        }
        for (Element element : document.select("[src]")) {
            element.attr("src", element.absUrl("src"));
        }
        Document clean = new Cleaner(READER_MARKUP).clean(document);
        clean.outputSettings().prettyPrint(false);
        return clean.body().html();
    }
}
