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

    /** What every page shares: the site, the page's own metadata, navigation and feed links. */
    public record Layout(String siteTitle, String siteDescription, String language, String title,
                         String description, String canonical, String root, String home, String actorsHref,
                         String countriesHref, String stylesheet, List<FeedLink> feeds, String siteRss,
                         String siteAtom, String opml) {
    }

    /** An alternate link for feed autodiscovery and subscribe boxes. */
    public record FeedLink(String type, String label, String title, String url) {
    }

    public record ActorRef(String id, String name, String role, String country, String href, int count) {
        public String countText() {
            return articles(count);
        }
    }

    public record CountryRef(String code, String name, String href, int count) {
        public String countText() {
            return articles(count);
        }
    }

    static String articles(int count) {
        return count == 1 ? "1 article" : count + " articles";
    }

    public record ArticleCard(String title, String href, String dateIso, String dateText, String summary,
                              List<ActorRef> actors, List<CountryRef> countries, int shared) {
    }

    public record Pagination(int current, int total, String previous, String next) {
        public boolean many() {
            return total > 1;
        }
    }

    public record ListPage(Layout layout, String heading, List<ArticleCard> articles, Pagination pagination) {
    }

    public record ArticlePage(Layout layout, String title, String dateIso, String dateText, String updatedIso,
                              String updatedText, String author, String source, String sourceUrl, String summary,
                              String body, List<ActorRef> actors, List<CountryRef> countries, List<String> tags,
                              List<ArticleCard> related) {
    }

    public record ActorsPage(Layout layout, List<ActorRef> actors) {
    }

    public record ActorPage(Layout layout, ActorRef actor, CountryRef country, String bio, List<ArticleCard> articles,
                            Pagination pagination, List<ActorRef> featuredWith, List<FeedLink> feeds) {
    }

    public record CountriesPage(Layout layout, List<CountryRef> countries) {
    }

    public record CountryPage(Layout layout, CountryRef country, String description, List<ActorRef> actors,
                              List<ArticleCard> articles, Pagination pagination, List<FeedLink> feeds) {
    }

    public record NotFoundPage(Layout layout) {
    }
}
