package news.parley.feeds;

import news.parley.core.site.FeedFormat;
import news.parley.core.site.Fingerprint;
import news.parley.core.index.IndexedArticle;
import news.parley.core.index.SiteIndex;
import news.parley.core.model.SiteConfig;
import news.parley.core.site.Output;
import news.parley.core.site.Urls;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The feed stage: one loop over scopes (the site, each country, each actor) and formats (RSS 2.0,
 * Atom 1.0, JSON Feed 1.1). Nothing in a feed depends on the build time, so the same content gives
 * the same bytes.
 */
public final class Feeds {
    private final SiteIndex index;
    private final SiteConfig site;
    private final Urls urls;
    private final Output output;
    private final Map<String, FeedItem> items = new ConcurrentHashMap<>();

    public Feeds(SiteIndex index, Output output) {
        this.index = index;
        this.site = index.site();
        this.urls = new Urls(site.baseUrl());
        this.output = output;
    }

    /** Writes every feed and both OPML files; returns how many feeds. */
    public int writeAll() {
        List<FeedScope> scopes = FeedScope.all(index);
        // Only an empty feed needs the site's newest change, which takes every article to find.
        java.util.function.Supplier<Instant> newest =
                () -> FeedScope.site(index).updated(Integer.MAX_VALUE, () -> Instant.EPOCH);
        scopes.parallelStream().forEach(scope -> {
            List<IndexedArticle> articles = scope.items(site.feedItems());
            // A feed is a function of its format, its own description, its articles and what the site's
            // fingerprint covers (the actors and countries its items name).
            Fingerprint digest = Fingerprint.start().add(index.fingerprint());
            articles.forEach(a -> digest.add(a.fingerprint()));
            String items = digest.digest();
            Instant updated = scope.updated(site.feedItems(), newest);
            for (FeedFormat format : FeedFormat.values()) {
                FeedMeta meta = meta(scope, format, updated);
                output.write(scope.feedPath(format), Fingerprint.of(format.name(), meta.toString(), items), () -> {
                    List<FeedItem> entries = articles.stream().map(this::item).toList();
                    return switch (format) {
                        case RSS, ATOM -> RomeFeed.write(format, meta, entries);
                        case JSON -> JsonFeed.write(meta, entries);
                    };
                });
            }
        });
        // The lists of feeds show the site, its actors and its countries: what its fingerprint covers.
        output.write(Opml.COUNTRIES, Fingerprint.of(Opml.COUNTRIES, index.fingerprint()),
                () -> Opml.write(site.title() + ": every country", FeedScope.countries(index), urls));
        output.write(Opml.ACTORS, Fingerprint.of(Opml.ACTORS, index.fingerprint()),
                () -> Opml.write(site.title() + ": every actor", FeedScope.actors(index), urls));
        return scopes.size() * FeedFormat.values().length;
    }

    /** The path of every scope's current feed in every format: what WebSub subscribers subscribe to. */
    public static java.util.Set<String> currentPaths(SiteIndex index) {
        java.util.Set<String> paths = new java.util.TreeSet<>();
        for (FeedScope scope : FeedScope.all(index)) {
            for (FeedFormat format : FeedFormat.values()) {
                paths.add(scope.feedPath(format));
            }
        }
        return paths;
    }

    /**
     * Writes a small made-up feed in each format, and a sitemap, and throws them away. The first feed a
     * fresh JVM writes waits for Rome, JDOM, Jackson and jsoup to be loaded and started; a build that writes few (a rebuild after an edit) does this on another thread while
     * it reads its content, instead of on its way.
     */
    public static void warmUp() {
        String home = "https://example.org/";
        FeedItem item = new FeedItem(home + "a/", "A", "Summary", FeedItem.forReaders("<p><a href=\"/b/\">B</a></p>", home),
                Instant.EPOCH, Instant.EPOCH, "Desk", List.of(new FeedItem.Category("C", home + "c/")));
        FeedMeta meta = new FeedMeta("Warm-up", "Warm-up", "en", home + "feed", home, home, "Warm-up", Instant.EPOCH,
                List.of(home + "hub"));
        for (FeedFormat format : FeedFormat.values()) {
            switch (format) {
                case RSS, ATOM -> RomeFeed.write(format, meta, List.of(item));
                case JSON -> JsonFeed.write(meta, List.of(item));
            }
        }
        Sitemap.document("warm-up", xml -> xml.writeCharacters(XmlText.clean(" ")));
    }

    private FeedMeta meta(FeedScope scope, FeedFormat format, Instant updated) {
        return new FeedMeta(XmlText.clean(scope.title()),
                XmlText.clean(scope.description().isEmpty() ? scope.title() : scope.description()), site.language(),
                urls.absolute(scope.feedPath(format)), urls.absolute(scope.path()), urls.absolute(Urls.HOME),
                XmlText.clean(site.author()), updated, site.hubs());
    }

    /** Each article's feed form is made once, however many scopes carry it. */
    private FeedItem item(IndexedArticle article) {
        return items.computeIfAbsent(article.slug(), slug -> FeedItem.of(article, urls, output));
    }
}
