package news.parley.core.index;

import news.parley.core.load.LoadedContent;
import news.parley.core.model.Actor;
import news.parley.core.model.Article;
import news.parley.core.model.ArticleBody;
import news.parley.core.model.Country;
import news.parley.core.model.SiteConfig;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one read-only answer to every cross-linking question: which articles feature an actor, which
 * countries an article belongs to, which actors appear together. Every page and feed is a function
 * of it. Lists come newest first.
 */
public final class SiteIndex {

    /** An actor with how many articles feature them, or how many feature them alongside another. */
    public record ActorCount(Actor actor, int count) {
    }

    /** An article with how many actors it shares with another. */
    public record ArticleCount(IndexedArticle article, int shared) {
    }

    public static final Comparator<IndexedArticle> NEWEST_FIRST = Comparator
            .comparing((IndexedArticle a) -> a.article().date().toInstant()).reversed()
            .thenComparing(IndexedArticle::slug);

    private final SiteConfig site;
    private final List<IndexedArticle> articles;
    private final Map<String, IndexedArticle> bySlug = new HashMap<>();
    private final Map<String, Actor> actors;
    private final Map<String, List<IndexedArticle>> byActor = new HashMap<>();
    private final Map<String, Country> countries;
    private final Map<String, List<IndexedArticle>> byCountry = new HashMap<>();

    private SiteIndex(SiteConfig site, List<IndexedArticle> articles, Map<String, Actor> actors,
                      Map<String, Country> countries) {
        this.site = site;
        this.articles = articles.stream().sorted(NEWEST_FIRST).toList();
        this.actors = actors;
        this.countries = countries;
        for (IndexedArticle article : this.articles) {
            bySlug.put(article.slug(), article);
            for (Actor actor : article.actors()) {
                byActor.computeIfAbsent(actor.id(), k -> new ArrayList<>()).add(article);
            }
            for (Country country : article.countries()) {
                byCountry.computeIfAbsent(country.code(), k -> new ArrayList<>()).add(article);
            }
        }
    }

    /**
     * The index stage: each article features its front matter's actors, then those its body mentions;
     * it belongs to its front matter's countries, then to its actors' home countries.
     */
    public static SiteIndex build(LoadedContent content, Map<String, ArticleBody> bodies) {
        Map<String, Actor> actors = content.actors();
        Map<String, Country> countries = new HashMap<>();
        List<IndexedArticle> indexed = new ArrayList<>();
        for (Article article : content.articles()) {
            ArticleBody body = bodies.get(article.slug());
            Set<String> actorIds = new LinkedHashSet<>(article.actors());
            actorIds.addAll(body.mentioned());
            List<Actor> featured = actorIds.stream().map(actors::get).toList();
            Set<String> codes = new LinkedHashSet<>(article.countries());
            featured.stream().map(Actor::country).filter(c -> c != null).forEach(codes::add);
            List<Country> belongs = codes.stream()
                    .map(code -> countries.computeIfAbsent(code, c -> new Country(c, Country.nameOf(c),
                            content.countryDescriptions().getOrDefault(c, ""))))
                    .toList();
            indexed.add(new IndexedArticle(article.withoutBody(), body, featured, belongs));
        }
        return new SiteIndex(content.site(), indexed, actors, countries);
    }

    public SiteConfig site() {
        return site;
    }

    public List<IndexedArticle> articles() {
        return articles;
    }

    public IndexedArticle article(String slug) {
        return bySlug.get(slug);
    }

    /** Every actor, by name. */
    public List<Actor> actors() {
        return actors.values().stream().sorted(Comparator.comparing(Actor::name)).toList();
    }

    public List<IndexedArticle> featuring(String actorId) {
        return byActor.getOrDefault(actorId, List.of());
    }

    /** Countries with at least one article, by name. */
    public List<Country> countries() {
        return countries.values().stream()
                .filter(c -> byCountry.containsKey(c.code()))
                .sorted(Comparator.comparing(Country::name))
                .toList();
    }

    public List<IndexedArticle> in(String countryCode) {
        return byCountry.getOrDefault(countryCode, List.of());
    }

    /** Actors whose home is the country, most featured first. */
    public List<ActorCount> actorsOf(String countryCode) {
        return actors.values().stream()
                .filter(a -> countryCode.equals(a.country()))
                .map(a -> new ActorCount(a, featuring(a.id()).size()))
                .sorted(Comparator.comparingInt(ActorCount::count).reversed()
                        .thenComparing(c -> c.actor().name()))
                .toList();
    }

    /**
     * How many of an actor's articles, on each side of this one in time, are looked at for related
     * articles. News is related to news of its time; the bound keeps the cost per article flat as the
     * archive grows, instead of growing with every actor's whole history.
     */
    static final int RELATED_WINDOW = 200;

    /**
     * Articles sharing the most actors with this one, then the nearest in time (newer first); at
     * most {@code limit}. Candidates are each shared actor's {@link #RELATED_WINDOW} articles on either
     * side of this one; for each, the count is the true number of actors the two have in common.
     */
    public List<ArticleCount> related(IndexedArticle article, int limit) {
        Set<String> mine = new HashSet<>();
        article.actors().forEach(a -> mine.add(a.id()));
        Map<String, IndexedArticle> candidates = new LinkedHashMap<>();
        for (Actor actor : article.actors()) {
            List<IndexedArticle> list = featuring(actor.id());
            int at = Math.max(0, Collections.binarySearch(list, article, NEWEST_FIRST));
            for (IndexedArticle other : list.subList(Math.max(0, at - RELATED_WINDOW),
                    Math.min(list.size(), at + RELATED_WINDOW + 1))) {
                if (!other.slug().equals(article.slug())) {
                    candidates.putIfAbsent(other.slug(), other);
                }
            }
        }
        long when = article.article().date().toEpochSecond();
        return candidates.values().stream()
                .map(other -> new ArticleCount(other, (int) other.actors().stream().filter(a -> mine.contains(a.id())).count()))
                .sorted(Comparator.comparingInt(ArticleCount::shared).reversed()
                        .thenComparingLong(c -> Math.abs(c.article().article().date().toEpochSecond() - when))
                        .thenComparing(ArticleCount::article, NEWEST_FIRST))
                .limit(limit)
                .toList();
    }

    /** Actors most often featured in the same articles as this one; at most {@code limit}. */
    public List<ActorCount> featuredWith(String actorId, int limit) {
        Map<String, Integer> counts = new HashMap<>();
        for (IndexedArticle article : featuring(actorId)) {
            for (Actor other : article.actors()) {
                if (!other.id().equals(actorId)) {
                    counts.merge(other.id(), 1, Integer::sum);
                }
            }
        }
        return counts.entrySet().stream()
                .map(e -> new ActorCount(actors.get(e.getKey()), e.getValue()))
                .sorted(Comparator.comparingInt(ActorCount::count).reversed()
                        .thenComparing(c -> c.actor().name()))
                .limit(limit)
                .toList();
    }
}
