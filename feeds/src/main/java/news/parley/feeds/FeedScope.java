package news.parley.feeds;

import news.parley.core.site.FeedFormat;
import news.parley.core.index.IndexedArticle;
import news.parley.core.index.SiteIndex;
import news.parley.core.model.Actor;
import news.parley.core.model.Country;
import news.parley.core.site.Urls;

import java.util.ArrayList;
import java.util.List;

/**
 * What one set of feeds covers: the whole site, a country or an actor.
 *
 * @param path     the scope's page path, under which its feeds live ({@code countries/ir/})
 * @param name     what the scope is called on its own ("Iran"), for OPML outlines and links
 * @param articles newest first
 */
public record FeedScope(String path, String name, String title, String description,
                        List<IndexedArticle> articles) {

    /** Every scope of the site: the site itself, then each country, then each actor. */
    public static List<FeedScope> all(SiteIndex index) {
        List<FeedScope> scopes = new ArrayList<>();
        scopes.add(site(index));
        countries(index).forEach(scopes::add);
        actors(index).forEach(scopes::add);
        return scopes;
    }

    static FeedScope site(SiteIndex index) {
        String site = index.site().title();
        return new FeedScope(Urls.HOME, site, site, index.site().description(), index.articles());
    }

    static List<FeedScope> countries(SiteIndex index) {
        String site = index.site().title();
        return index.countries().stream().map((Country country) -> new FeedScope(Urls.country(country.code()),
                country.name(), site + ": " + country.name(),
                index.site().messages().format("countryDescription", country.name(), site),
                index.in(country.code()))).toList();
    }

    static List<FeedScope> actors(SiteIndex index) {
        String site = index.site().title();
        return index.actors().stream().map((Actor actor) -> new FeedScope(Urls.actor(actor.id()), actor.name(),
                site + ": " + actor.name(), index.site().messages().format("actorFeedDescription", site, actor.name()),
                index.featuring(actor.id()))).toList();
    }

    public String feedPath(FeedFormat format) {
        return path + format.fileName();
    }

    /** The newest {@code limit} articles, which are what the scope's feeds carry. */
    List<IndexedArticle> items(int limit) {
        return articles.subList(0, Math.min(limit, articles.size()));
    }
}
