package news.parley.render.page;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import news.parley.core.index.IndexedArticle;
import news.parley.core.index.SiteIndex;
import news.parley.core.model.Actor;
import news.parley.core.model.Country;
import news.parley.core.model.Picture;
import news.parley.core.site.Fingerprint;
import news.parley.core.site.Urls;

import java.util.List;
import java.util.function.Function;

/**
 * The compact index the search page loads: per article, its title, site path, date, summary, actors,
 * countries and the small crop of its lead photo, newest first. Short keys keep it small for large
 * archives.
 */
final class SearchIndex {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * t: title, u: path from the site root, d: date, s: summary, a: actors, c: countries, i: the lead
     * photo's card crop from the site root (absent without one).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Entry(String t, String u, String d, String s, List<String> a, List<String> c, String i) {
    }

    private SearchIndex() {
    }

    static byte[] of(SiteIndex index, Function<IndexedArticle, Picture> pictures) {
        List<Entry> entries = index.articles().stream().map(a -> entry(a, pictures.apply(a))).toList();
        try {
            return JSON.writeValueAsBytes(entries);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the search index", e);
        }
    }

    /** What the index shows of an article (its actors' and countries' names are the site fingerprint's). */
    static void shown(Fingerprint digest, IndexedArticle article, Picture picture) {
        digest.add(article.slug()).add(article.article().title()).add(article.article().date().toLocalDate().toEpochDay())
                .add(article.body().summary()).add(picture == null ? "" : picture.card().path());
        SiteIndex.addActorsAndCountries(digest, article);
    }

    private static Entry entry(IndexedArticle article, Picture picture) {
        return new Entry(article.article().title(), Urls.article(article.slug()),
                article.article().date().toLocalDate().toString(), article.body().summary(),
                article.actors().stream().map(Actor::name).toList(),
                article.countries().stream().map(Country::name).toList(),
                picture == null ? null : picture.card().path());
    }
}
