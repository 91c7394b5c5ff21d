package news.parley.core.index;

import news.parley.core.model.Actor;
import news.parley.core.model.Article;
import news.parley.core.model.ArticleBody;
import news.parley.core.model.Country;

import java.util.List;

/**
 * An article with what cross-linking derived for it.
 *
 * @param rank      its place in the whole site, newest first (0 is the newest); lists of articles
 *                  are kept in this order, so comparing ranks compares dates
 * @param actors    the actors it features: its front matter's, then those its text mentions
 * @param countries its front matter's countries, then its actors' home countries
 * @param fingerprint a digest of the article and its body: it changes whenever they do, so pages and
 *                  feeds that show the article can tell from it alone whether they must be made anew
 */
public record IndexedArticle(int rank, Article article, ArticleBody body, List<Actor> actors, List<Country> countries,
                             String fingerprint) {

    public IndexedArticle {
        actors = List.copyOf(actors);
        countries = List.copyOf(countries);
    }

    public String slug() {
        return article.slug();
    }

}
