package news.parley.core.index;

import news.parley.core.load.LoadedContent;
import news.parley.core.model.Actor;
import news.parley.core.model.Article;
import news.parley.core.model.ArticleBody;
import news.parley.core.model.Country;
import news.parley.core.model.SiteConfig;
import news.parley.core.site.Fingerprint;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
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

    /** A correction with the article it corrects. */
    public record Corrected(IndexedArticle article, news.parley.core.model.Correction correction) {
    }

    /** An article with how many actors it shares with another. */
    public record ArticleCount(IndexedArticle article, int shared) {
    }

    /** Newest first; among articles of the same instant, by slug, so that the order never depends on files. */
    static final Comparator<Article> NEWEST_ARTICLE_FIRST = (a, b) -> {
        // By the instant, without making one per comparison: sorting a large archive compares often.
        int byTime = Long.compare(b.date().toEpochSecond(), a.date().toEpochSecond());
        if (byTime == 0) {
            byTime = Integer.compare(b.date().getNano(), a.date().getNano());
        }
        return byTime != 0 ? byTime : a.slug().compareTo(b.slug());
    };

    public static final Comparator<IndexedArticle> NEWEST_FIRST = Comparator.comparingInt(IndexedArticle::rank);

    private final SiteConfig site;
    private final List<IndexedArticle> articles;
    private final Map<String, IndexedArticle> bySlug = new HashMap<>();
    private final Map<String, Actor> actors;
    private final Map<String, List<IndexedArticle>> byActor = new HashMap<>();
    private final Map<String, Country> countries;
    private final Map<String, List<IndexedArticle>> byCountry = new HashMap<>();
    private final String fingerprint;

    private SiteIndex(SiteConfig site, List<IndexedArticle> articles, Map<String, Actor> actors,
                      Map<String, Country> countries) {
        this.site = site;
        this.articles = List.copyOf(articles);
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
        this.fingerprint = Fingerprint.of(site.toString(), actors().toString(), countries().toString());
    }

    /**
     * A digest of what nearly every page shows besides its own articles: the site's settings, every
     * actor and every country that has a page. An output keyed by it, by its own parameters and by the
     * fingerprints of the articles it shows changes only when its key does.
     */
    public String fingerprint() {
        return fingerprint;
    }

    /**
     * A digest of what {@code part} shows of every article, in site order: for an output that lists
     * them all but shows little of each (a sitemap, a search index), so that editing a body elsewhere
     * leaves it alone. With the site's fingerprint, which covers actors and countries.
     */
    public String articlesFingerprint(java.util.function.BiConsumer<Fingerprint, IndexedArticle> part) {
        Fingerprint digest = Fingerprint.start().add(fingerprint);
        for (IndexedArticle article : articles) {
            part.accept(digest, article);
        }
        return digest.digest();
    }

    /** Adds the ids of an article's actors and the codes of its countries, each list with its length. */
    public static Fingerprint addActorsAndCountries(Fingerprint digest, IndexedArticle article) {
        digest.add(article.actors().size());
        article.actors().forEach(actor -> digest.add(actor.id()));
        digest.add(article.countries().size());
        article.countries().forEach(country -> digest.add(country.code()));
        return digest;
    }

    /**
     * The index stage: each article features its front matter's actors, then those its body mentions;
     * it belongs to its front matter's countries, then to its actors' home countries.
     */
    public static SiteIndex build(LoadedContent content, Map<String, ArticleBody> bodies) {
        return build(content, bodies, Map.of());
    }

    /**
     * The same, with the fingerprints of articles whose inputs the caller has digested already (a
     * build's cache keys); any other article's is the digest of its record and its body.
     */
    public static SiteIndex build(LoadedContent content, Map<String, ArticleBody> bodies,
                                  Map<String, String> fingerprints) {
        Map<String, Actor> actors = content.actors();
        Map<String, Country> countries = new HashMap<>();
        List<IndexedArticle> indexed = new ArrayList<>();
        List<Article> newestFirst = content.articles().stream().sorted(NEWEST_ARTICLE_FIRST).toList();
        for (Article article : newestFirst) {
            ArticleBody body = bodies.get(article.slug());
            Set<String> actorIds = new LinkedHashSet<>(article.actors());
            actorIds.addAll(body.mentioned());
            List<Actor> featured = actorIds.stream().map(actors::get).toList();
            Set<String> codes = new LinkedHashSet<>(article.countries());
            featured.stream().map(Actor::country).filter(c -> c != null).forEach(codes::add);
            List<Country> belongs = codes.stream()
                    .map(code -> countries.computeIfAbsent(code, c -> new Country(c, Country.nameOf(c, content.site().locale()),
                            content.countryDescriptions().getOrDefault(c, ""))))
                    .toList();
            String fingerprint = fingerprints.get(article.slug());
            if (fingerprint == null) {
                fingerprint = Fingerprint.of(article.toString(), body.toString());
            }
            indexed.add(new IndexedArticle(indexed.size(), article.withoutBody(), body, featured, belongs, fingerprint));
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

    /** Every correction of the site, newest first (by the article's slug where two share a time). */
    public List<Corrected> corrections() {
        List<Corrected> all = new ArrayList<>();
        articles.forEach(a -> a.article().corrections().forEach(c -> all.add(new Corrected(a, c))));
        all.sort(Comparator.comparing((Corrected c) -> c.correction().date()).reversed()
                .thenComparing(c -> c.article().slug()));
        return all;
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
     * How many of an actor's articles, on each side of this one in the timeline, are looked at for
     * related articles. News is related to news of its time; the bound keeps the cost per article
     * flat as the archive grows, instead of growing with every actor's whole history.
     */
    static final int RELATED_WINDOW = 100;

    /**
     * Articles sharing the most actors with this one, then the nearest in the timeline (newer first);
     * at most {@code limit}. Candidates are each of its actors' {@link #RELATED_WINDOW} articles on
     * either side of it; a candidate found through k of those actors shares those k actors with it.
     */
    public List<ArticleCount> related(IndexedArticle article, int limit) {
        List<Actor> mine = article.actors();
        int[] candidates = new int[mine.size() * (2 * RELATED_WINDOW + 1)];
        int n = 0;
        for (Actor actor : mine) {
            List<IndexedArticle> list = featuring(actor.id());
            int at = positionOf(list, article.rank());
            for (int i = Math.max(0, at - RELATED_WINDOW); i < Math.min(list.size(), at + RELATED_WINDOW + 1); i++) {
                int rank = list.get(i).rank();
                if (rank != article.rank()) {
                    candidates[n++] = rank;
                }
            }
        }
        Arrays.sort(candidates, 0, n);
        // The best so far, kept sorted: most shared first, then nearest, then newest.
        int[] bestRank = new int[limit];
        int[] bestShared = new int[limit];
        int found = 0;
        for (int i = 0; i < n; ) {
            int rank = candidates[i];
            int shared = 0;
            while (i < n && candidates[i] == rank) {
                shared++;
                i++;
            }
            int slot = found;
            while (slot > 0 && better(shared, rank, bestShared[slot - 1], bestRank[slot - 1], article.rank())) {
                slot--;
            }
            if (slot < limit) {
                int last = Math.min(found, limit - 1);
                System.arraycopy(bestRank, slot, bestRank, slot + 1, last - slot);
                System.arraycopy(bestShared, slot, bestShared, slot + 1, last - slot);
                bestRank[slot] = rank;
                bestShared[slot] = shared;
                found = Math.min(found + 1, limit);
            }
        }
        List<ArticleCount> related = new ArrayList<>(found);
        for (int i = 0; i < found; i++) {
            related.add(new ArticleCount(articles.get(bestRank[i]), bestShared[i]));
        }
        return related;
    }

    /**
     * A digest of what related articles depend on: the articles in site order and the actors each
     * features. Two indexes with the same structure have the same related articles, by rank.
     */
    public String structureFingerprint() {
        Fingerprint digest = Fingerprint.start();
        for (IndexedArticle article : articles) {
            digest.add(article.slug());
            for (Actor actor : article.actors()) {
                digest.add(actor.id());
            }
            digest.add("");
        }
        return digest.digest();
    }

    /**
     * Every article's related articles at once, to keep between builds.
     *
     * @param structure the {@link #structureFingerprint()} they were found for
     * @param limit     how many per article
     * @param pairs     for the article of each rank, {@code limit} pairs of (rank, shared actors); a
     *                  rank of -1 where it has fewer
     */
    public record RelatedTable(String structure, int limit, int[] pairs) {

        /** The related articles of {@code article} in {@code index}, which must have this table's structure. */
        public List<ArticleCount> of(SiteIndex index, IndexedArticle article) {
            List<ArticleCount> related = new ArrayList<>(limit);
            int at = article.rank() * limit * 2;
            for (int i = 0; i < limit && pairs[at + 2 * i] >= 0; i++) {
                related.add(new ArticleCount(index.articles.get(pairs[at + 2 * i]), pairs[at + 2 * i + 1]));
            }
            return related;
        }
    }

    /** Finds every article's related articles (on every core). */
    public RelatedTable relatedTable(int limit) {
        int[] pairs = new int[articles.size() * limit * 2];
        Arrays.fill(pairs, -1);
        articles.parallelStream().forEach(article -> {
            int at = article.rank() * limit * 2;
            for (ArticleCount r : related(article, limit)) {
                pairs[at++] = r.article().rank();
                pairs[at++] = r.shared();
            }
        });
        return new RelatedTable(structureFingerprint(), limit, pairs);
    }

    private static boolean better(int shared, int rank, int otherShared, int otherRank, int from) {
        if (shared != otherShared) {
            return shared > otherShared;
        }
        int distance = Math.abs(rank - from);
        int otherDistance = Math.abs(otherRank - from);
        return distance != otherDistance ? distance < otherDistance : rank < otherRank;
    }

    /** Where an article of this rank stands, or would stand, in a list in site order. */
    private static int positionOf(List<IndexedArticle> list, int rank) {
        int low = 0;
        int high = list.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int r = list.get(mid).rank();
            if (r < rank) {
                low = mid + 1;
            } else if (r > rank) {
                high = mid - 1;
            } else {
                return mid;
            }
        }
        return low;
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
