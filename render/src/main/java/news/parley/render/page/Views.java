package news.parley.render.page;

import java.util.List;

/**
 * What templates see: typed, already formatted and escaped-by-Mustache values, so that templates
 * hold no logic and an override cannot reach into the model. Every {@code href} is relative to
 * the page that shows it; every {@code url} is absolute.
 */
public final class Views {
    private Views() {
    }

    /**
     * What every page shares: the site, the page's own metadata, navigation and feed links.
     *
     * @param dir  "rtl" for pages in Persian, Hebrew, Arabic and other right-to-left languages
     * @param meta the page's news metadata (Open Graph, JSON-LD), or null
     * @param t    the interface's words in the page's language, escaped for HTML
     * @param translations the page in every language of the site, itself included; empty in a site of one
     * @param xDefault the page in the site's default language, for {@code hreflang="x-default"}, or null
     */
    public record Layout(String siteTitle, String siteDescription, String language, String dir, String title,
                         String description, String canonical, String root, String home, String actorsHref,
                         String countriesHref, String searchHref, String stylesheet, List<FeedLink> feeds,
                         String siteRss, String siteAtom, String opml, Meta meta, java.util.Map<String, String> t,
                         List<Translation> translations, String xDefault) {

        /** The translations a reader may switch to: every one but the page's own. */
        public List<Translation> others() {
            return translations.stream().filter(t -> !t.current()).toList();
        }
    }

    /**
     * The page in one language: the language's code and own name, its absolute URL (for search engines),
     * a link to it from this page (for readers, which works in a preview too), and whether it is this page.
     */
    public record Translation(String language, String name, String url, String href, boolean current) {
    }

    /**
     * Metadata for sharing and search engines.
     *
     * @param ogType   "article" or "website"
     * @param jsonLd   a JSON-LD document Parley wrote (safe to embed in a script element), or null
     */
    public record Meta(String ogType, String ogLocale, String published, String modified, String jsonLd,
                       SocialImage image) {
    }

    /** The picture a shared link shows (Open Graph, Twitter cards): absolute, with its size and text. */
    public record SocialImage(String url, int width, int height, String alt) {
    }

    /**
     * A photo in a page: every width in {@code srcset}, its size so that nothing moves as it loads, and
     * its caption and credit.
     *
     * @param lazy whether the browser may wait until it nears the screen (all but the lead image)
     */
    public record Figure(String src, String srcset, String sizes, int width, int height, String alt, String caption,
                         String credit, boolean lazy) {
    }

    /** A small crop beside a card's headline; it repeats the headline, so it has no text of its own. */
    public record Thumb(String src, int width, int height) {
    }

    /** An alternate link for feed autodiscovery and subscribe boxes. */
    public record FeedLink(String type, String label, String title, String url) {
    }

    /** @param avatar the actor's portrait, where a page shows it beside the name; else null */
    /**
     * @param countText    how many articles, in words ("3 articles")
     * @param togetherText for an actor beside another, how many articles feature both ("3 articles together")
     */
    public record ActorRef(String id, String name, String role, String country, String href, int count, Thumb avatar,
                           String countText, String togetherText) {
    }

    public record CountryRef(String code, String name, String flag, String href, int count, String countText) {
    }

    public record ArticleCard(String title, String href, String dateIso, String dateText, String summary,
                              List<ActorRef> actors, List<CountryRef> countries, int shared, Thumb thumb) {
    }

    public record Pagination(int current, int total, String previous, String next, List<Words.Part> pageOf) {
        public boolean many() {
            return total > 1;
        }
    }

    public record ListPage(Layout layout, String heading, List<ArticleCard> articles, Pagination pagination) {
    }

    public record ArticlePage(Layout layout, String title, String lang, String dir, String dateIso, String dateText,
                              String updatedIso, String updatedText, String author, String source, String sourceUrl,
                              String summary, String body, List<ActorRef> actors, List<CountryRef> countries,
                              List<String> tags, List<ArticleCard> related, Figure image,
                              List<CorrectionNote> corrections, List<Words.Part> byline) {
    }

    /** The page that lists every correction of the site, newest first. */
    /** @param policy the newsroom's corrections policy (absolute), or null; {@code policyText} links it */
    public record CorrectionsPage(Layout layout, String policy, List<CorrectionEntry> corrections,
                                  Pagination pagination, List<FeedLink> feeds, List<Words.Part> policyText) {
    }

    /** A correction as the corrections page lists it, with the article it corrects. */
    public record CorrectionEntry(String title, String href, String dateIso, String dateText, String html) {
    }

    /** A correction as the article shows it: its date and its text as HTML (inline Markdown, rendered). */
    public record CorrectionNote(String anchor, String dateIso, String dateText, String html) {
    }

    public record ActorsPage(Layout layout, List<ActorRef> actors) {
    }

    /**
     * @param network  an SVG drawing of the actors most often featured with this one, or null
     * @param timeline an SVG bar chart of this actor's articles per month, or null
     */
    public record ActorPage(Layout layout, ActorRef actor, CountryRef country, String bio, List<ArticleCard> articles,
                            Pagination pagination, List<ActorRef> featuredWith, String network, String timeline,
                            List<FeedLink> feeds, Figure portrait, List<Words.Part> heading, List<Words.Part> follow) {
    }

    public record CountriesPage(Layout layout, List<CountryRef> countries) {
    }

    public record CountryPage(Layout layout, CountryRef country, String description, List<ActorRef> actors,
                              List<ArticleCard> articles, Pagination pagination, List<FeedLink> feeds) {
    }

    public record SearchPage(Layout layout, String index, String script, List<Words.Part> noScript) {
    }

    public record NotFoundPage(Layout layout, List<Words.Part> text) {
    }

    /**
     * A page at an old path that sends readers on to where its page is now.
     *
     * @param url the page's address now, absolute
     */
    public record RedirectPage(String language, String title, String url, String moved, List<Words.Part> text) {
    }
}
