package news.parley.feeds;

import news.parley.core.site.ArticleHtml;
import news.parley.core.site.FeedArchive;
import news.parley.core.site.FeedFormat;
import news.parley.core.site.Fingerprint;
import news.parley.core.index.IndexedArticle;
import news.parley.core.index.SiteIndex;
import news.parley.core.model.ImageRef;
import news.parley.core.model.Picture;
import news.parley.core.model.SiteConfig;
import news.parley.core.site.Output;
import news.parley.core.site.Urls;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The feed stage: one loop over scopes (the site, each country, each actor) and formats (RSS 2.0,
 * Atom 1.0, JSON Feed 1.1). Nothing in a feed depends on the build time (but the date of a site
 * without articles), so the same content gives the same bytes.
 */
public final class Feeds {
    /**
     * What a current feed's items may take: the W3C Feed Validation Service reads no feed past 2,000,000
     * bytes, and feed readers give up on large ones too. The rest of a feed (its own title, description
     * and links) is far smaller than what this leaves.
     */
    static final long ITEM_BYTES = 1_900_000;

    private final SiteIndex index;
    private final SiteConfig site;
    private final Urls urls;
    private final Output output;
    private final Map<String, FeedItem> items = new ConcurrentHashMap<>();
    /** Each article's archive entry, by slug. */
    private final Map<String, ArchiveDocument.Entry> archiveEntries = new ConcurrentHashMap<>();

    private final FeedTimes times;
    /** When a feed with no article at all says it changed: the build's day, never before feeds existed. */
    private final Instant emptyUpdated;

    /** What the image stage made of each photo, by {@link ImageRef#pictureKey}. */
    private final Map<String, Picture> pictures;
    /** Each article's text as pages show it, photos included. */
    private final ArticleHtml text;

    /**
     * @param now      the build time, which only a site without articles shows, as the day its feeds were made
     * @param pictures what the image stage made of each photo, by {@link ImageRef#pictureKey}
     * @param text     each article's text as pages show it
     */
    public Feeds(SiteIndex index, Output output, Instant now, Map<String, Picture> pictures, ArticleHtml text) {
        this.index = index;
        this.site = index.site();
        this.urls = new Urls(site.baseUrl());
        this.output = output;
        this.times = FeedTimes.of(index.articles());
        this.emptyUpdated = now.truncatedTo(java.time.temporal.ChronoUnit.DAYS);
        this.pictures = Map.copyOf(pictures);
        this.text = text;
    }

    /** Writes every feed, its archive documents and both OPML files; returns how many (current) feeds. */
    public int writeAll() {
        List<FeedScope> scopes = FeedScope.all(index);
        // Only an empty feed needs the site's newest change, which takes every article to find.
        Supplier<Instant> newest = () -> updated(index.articles(), emptyUpdated);
        // One task per document, not per scope: the site's archives alone are as many as most scopes'.
        List<Runnable> documents = new ArrayList<>();
        for (FeedScope scope : scopes) {
            int archives = FeedArchive.documents(scope.articles().size(), site.feedItems(), site.archiveItems());
            documents.add(() -> {
                List<IndexedArticle> current = scope.items(site.feedItems());
                Instant updated = current.isEmpty() ? newest.get() : updated(current, null);
                // Made for the first format that is not kept from the last build, and shared by the others.
                List<List<FeedItem>> entries = new ArrayList<>(1);
                Supplier<List<FeedItem>> items = () -> {
                    if (entries.isEmpty()) {
                        entries.add(FeedItem.within(current.stream().map(this::item).toList(), ITEM_BYTES));
                    }
                    return entries.get(0);
                };
                for (FeedFormat format : FeedFormat.values()) {
                    String older = archives == 0 ? null : urls.absolute(FeedArchive.path(scope.path(), archives, format));
                    writeCurrent(scope, format, current, items, updated, new FeedMeta.History(false, older, null, null));
                }
            });
            for (int n = 1; n <= archives; n++) {
                int number = n;
                documents.add(() -> writeArchive(scope, number, archives));
            }
        }
        documents.parallelStream().forEach(Runnable::run);
        // The lists of feeds show the site, its actors and its countries: what its fingerprint covers.
        output.write(Opml.COUNTRIES, Fingerprint.of(Opml.COUNTRIES, index.fingerprint()),
                () -> Opml.write(site.messages().format("opmlCountries", site.title()), FeedScope.countries(index), urls));
        output.write(Opml.ACTORS, Fingerprint.of(Opml.ACTORS, index.fingerprint()),
                () -> Opml.write(site.messages().format("opmlActors", site.title()), FeedScope.actors(index), urls));
        return scopes.size() * FeedFormat.values().length
                + CorrectionFeeds.write(index, output, text, newest.get(), site.hubs());
    }

    /** The path of every scope's current feed in every format: what WebSub subscribers subscribe to. */
    public static java.util.Set<String> currentPaths(SiteIndex index) {
        java.util.Set<String> paths = new java.util.TreeSet<>();
        for (FeedScope scope : FeedScope.all(index)) {
            for (FeedFormat format : FeedFormat.values()) {
                paths.add(scope.feedPath(format));
            }
        }
        for (FeedFormat format : FeedFormat.values()) {
            paths.add(Urls.CORRECTIONS + format.fileName());
        }
        return paths;
    }

    /**
     * Writes a small made-up feed in each format, and a sitemap, and throws them away. The first feed a
     * fresh JVM writes waits for Rome, JDOM, Jackson and jsoup to be loaded and started; a build that
     * writes few (a rebuild after an edit) does this on another thread while it reads its content,
     * instead of on its way.
     */
    public static void warmUp() {
        String home = "https://example.org/";
        FeedItem item = new FeedItem(home + "a/", "A", "Summary", FeedItem.forReaders("<p><a href=\"/b/\">B</a></p>", home),
                Instant.EPOCH, Instant.EPOCH, "Desk", List.of(new FeedItem.Category("C", home + "c/")),
                new FeedItem.Image(home + "p.jpg", 960, 540, "image/jpeg", 1000, "A photo", "Desk"));
        FeedMeta meta = new FeedMeta("Warm-up", "Warm-up", "en", home + "feed", home, home, "Warm-up", Instant.EPOCH,
                List.of(home + "hub"), new FeedMeta.History(true, home + "1", home + "3", home + "feed"), false);
        for (FeedFormat format : FeedFormat.values()) {
            switch (format) {
                case RSS, ATOM -> RomeFeed.write(format, meta, List.of(item));
                case JSON -> JsonFeed.write(meta, List.of(item));
            }
        }
        Sitemap.document("warm-up", xml -> xml.writeCharacters(XmlText.clean(" ")));
    }

    /**
     * A current feed: the scope's newest articles, with their text as far as {@link #ITEM_BYTES} allows and
     * with their summary past it. It is a function of its format, its
     * own description and links, its articles and what the site's fingerprint covers (the actors and
     * countries its items name).
     */
    private void writeCurrent(FeedScope scope, FeedFormat format, List<IndexedArticle> articles,
                              Supplier<List<FeedItem>> items, Instant updated,
                              FeedMeta.History history) {
        String path = scope.feedPath(format);
        FeedMeta meta = meta(scope, path, updated, site.hubs(), history);
        output.write(path, key(format, meta, articles), () -> {
            List<FeedItem> entries = items.get();
            return format == FeedFormat.JSON ? JsonFeed.write(meta, entries) : RomeFeed.write(format, meta, entries);
        });
    }

    /** Archive {@code n} of {@code scope}'s {@code archives}, in every format. */
    private void writeArchive(FeedScope scope, int n, int archives) {
        FeedArchive.Range range = FeedArchive.range(scope.articles().size(), site.feedItems(), site.archiveItems(), n);
        List<IndexedArticle> archived = scope.articles().subList(range.first(), range.last() + 1);
        Instant updated = updated(archived, null);
        for (FeedFormat format : FeedFormat.values()) {
            String path = FeedArchive.path(scope.path(), n, format);
            String prev = n == 1 ? null : urls.absolute(FeedArchive.path(scope.path(), n - 1, format));
            String next = n == archives ? null : urls.absolute(FeedArchive.path(scope.path(), n + 1, format));
            // No hubs: an archive never changes by design, so nobody subscribes to it.
            FeedMeta meta = meta(scope, path, updated, List.of(),
                    new FeedMeta.History(true, prev, next, urls.absolute(scope.feedPath(format))));
            // An archive shows of its articles only what their fingerprints cover, none of the actors and
            // countries that the site's fingerprint covers: an edited actor leaves every archive as it is.
            Fingerprint digest = Fingerprint.start().add("archive").add(format.name()).add(meta.toString());
            archived.forEach(a -> digest.add(a.fingerprint()).add(times.modified(a).toString()));
            output.write(path, digest.digest(), () -> ArchiveDocument.write(format, meta,
                    archived.stream().map(this::archiveEntry).toList()));
        }
    }

    private Picture picture(IndexedArticle article) {
        ImageRef image = article.article().image();
        return image == null ? null : pictures.get(image.pictureKey());
    }

    /** The article's lead photo as feeds carry it, or null. */
    private FeedItem.Image image(IndexedArticle article) {
        Picture picture = picture(article);
        if (picture == null) {
            return null;
        }
        ImageRef image = article.article().image();
        Picture.Rendition file = picture.forFeeds();
        return new FeedItem.Image(urls.absolute(file.path()), file.width(), file.height(), file.mediaType(), file.bytes(),
                XmlText.clean(image.caption() != null ? image.caption() : image.alt()),
                image.credit() == null ? null : XmlText.clean(image.credit()));
    }

    /** When a feed of {@code articles} last changed: the newest change among them, never the wall clock. */
    private Instant updated(List<IndexedArticle> articles, Instant ifNone) {
        return articles.stream().map(times::modified).max(Instant::compareTo).orElse(ifNone);
    }

    private FeedMeta meta(FeedScope scope, String path, Instant updated, List<String> hubs, FeedMeta.History history) {
        return new FeedMeta(XmlText.clean(scope.title()),
                XmlText.clean(scope.description().isEmpty() ? scope.title() : scope.description()), site.language(),
                urls.absolute(path), urls.absolute(scope.path()), urls.absolute(Urls.HOME),
                XmlText.clean(site.author()), updated, hubs, history, site.multilingual());
    }

    /** A document's key: its format, what it says of itself, what the site's fingerprint covers, its articles. */
    private String key(FeedFormat format, FeedMeta meta, List<IndexedArticle> articles) {
        Fingerprint digest = Fingerprint.start().add(index.fingerprint());
        articles.forEach(a -> digest.add(a.fingerprint()).add(times.modified(a).toString())
                .add(String.valueOf(picture(a))).add(text.key(a)));
        return Fingerprint.of(format.name(), meta.toString(), digest.digest());
    }

    /** Each article's feed form is made once, however many scopes carry it. */
    private FeedItem item(IndexedArticle article) {
        return items.computeIfAbsent(article.slug(), slug -> FeedItem.of(article, times, urls, output, image(article), text));
    }

    /** An article as archives list it, written once however many archives list it. */
    private ArchiveDocument.Entry archiveEntry(IndexedArticle article) {
        return archiveEntries.computeIfAbsent(article.slug(), slug -> ArchiveDocument.Entry.of(FeedItem.summary(article, times, urls)));
    }
}
