package news.parley.feeds;

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
 * @param articles newest first
 */
public record FeedScope(String path, String title, String description, List<IndexedArticle> articles) {

    /** Every scope of the site: the site itself, then each country, then each actor. */
    public static List<FeedScope> all(SiteIndex index) {
        String site = index.site().title();
        List<FeedScope> scopes = new ArrayList<>();
        scopes.add(new FeedScope(Urls.HOME, site, index.site().description(), index.articles()));
        for (Country country : index.countries()) {
            scopes.add(new FeedScope(Urls.country(country.code()), site + ": " + country.name(),
                    "News about " + country.name() + " from " + site + ".", index.in(country.code())));
        }
        for (Actor actor : index.actors()) {
            scopes.add(new FeedScope(Urls.actor(actor.id()), site + ": " + actor.name(),
                    "Every article in " + site + " that features " + actor.name() + ".", index.featuring(actor.id())));
        }
        return scopes;
    }

    public String feedPath(FeedFormat format) {
        return path + format.fileName();
    }
}
