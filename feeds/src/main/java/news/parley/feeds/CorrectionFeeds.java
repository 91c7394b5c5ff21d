package news.parley.feeds;

import news.parley.core.index.SiteIndex;
import news.parley.core.model.SiteConfig;
import news.parley.core.site.ArticleHtml;
import news.parley.core.site.FeedArchive;
import news.parley.core.site.FeedFormat;
import news.parley.core.site.Fingerprint;
import news.parley.core.site.Output;
import news.parley.core.site.Urls;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The feeds of {@code corrections/}: every correction of the site, newest first, as its own item (an
 * article corrected twice is two items), in RSS, Atom and JSON Feed, with RFC 5005 archives as the
 * other scopes have. An item's id is its article's address with the correction's anchor on the page.
 */
final class CorrectionFeeds {

    private CorrectionFeeds() {
    }

    /**
     * Writes the current feeds and their archives; returns how many current feeds (three).
     *
     * @param emptyUpdated what a feed without corrections says of its last change: the site's newest
     */
    static int write(SiteIndex index, Output output, ArticleHtml text, Instant emptyUpdated, List<String> hubs) {
        SiteConfig site = index.site();
        Urls urls = new Urls(site.baseUrl());
        List<SiteIndex.Corrected> all = index.corrections();
        // No two items of a feed change in the same second (corrections dated by the day alone all fall at
        // midnight): from the oldest, each takes its own second or the one after the last taken.
        Instant[] times = new Instant[all.size()];
        Instant last = null;
        for (int i = all.size() - 1; i >= 0; i--) {
            Instant own = all.get(i).correction().date().toInstant().truncatedTo(ChronoUnit.SECONDS);
            last = last != null && !own.isAfter(last) ? last.plusSeconds(1) : own;
            times[i] = last;
        }
        List<FeedItem> items = new ArrayList<>(all.size());
        for (int i = 0; i < all.size(); i++) {
            items.add(item(all.get(i), urls, text, times[i], site.messages()));
        }
        String title = XmlText.clean(site.messages().format("correctionsFeedTitle", site.title()));
        String description = XmlText.clean(site.messages().format("correctionsDescription", site.title()));
        int current = Math.min(site.feedItems(), items.size());
        int archives = FeedArchive.documents(items.size(), site.feedItems(), site.archiveItems());
        List<FeedItem> newest = items.subList(0, current);
        Instant updated = newest.isEmpty() ? emptyUpdated : newest.get(0).modified();
        for (FeedFormat format : FeedFormat.values()) {
            String path = Urls.CORRECTIONS + format.fileName();
            String older = archives == 0 ? null : urls.absolute(FeedArchive.path(Urls.CORRECTIONS, archives, format));
            FeedMeta meta = meta(title, description, site, urls, path, updated, hubs, new FeedMeta.History(false, older, null, null));
            output.write(path, key(format, meta, newest), () -> format == FeedFormat.JSON ? JsonFeed.write(meta, newest)
                    : RomeFeed.write(format, meta, newest));
        }
        for (int n = 1; n <= archives; n++) {
            FeedArchive.Range range = FeedArchive.range(items.size(), site.feedItems(), site.archiveItems(), n);
            List<FeedItem> archived = items.subList(range.first(), range.last() + 1);
            for (FeedFormat format : FeedFormat.values()) {
                String path = FeedArchive.path(Urls.CORRECTIONS, n, format);
                String prev = n == 1 ? null : urls.absolute(FeedArchive.path(Urls.CORRECTIONS, n - 1, format));
                String next = n == archives ? null : urls.absolute(FeedArchive.path(Urls.CORRECTIONS, n + 1, format));
                FeedMeta meta = meta(title, description, site, urls, path, archived.get(0).modified(), List.of(),
                        new FeedMeta.History(true, prev, next, urls.absolute(Urls.CORRECTIONS + format.fileName())));
                output.write(path, key(format, meta, archived), () -> ArchiveDocument.write(format, meta,
                        archived.stream().map(ArchiveDocument.Entry::of).toList()));
            }
        }
        return FeedFormat.values().length;
    }

    private static FeedItem item(SiteIndex.Corrected listed, Urls urls, ArticleHtml text, Instant date,
                                 news.parley.core.model.Messages words) {
        String page = urls.absolute(Urls.article(listed.article().slug()));
        String html = FeedItem.forReaders(text.correction(listed.article(), listed.correction()), page);
        String plain = org.jsoup.Jsoup.parseBodyFragment(html).text();
        return new FeedItem(page + "#" + listed.correction().anchor(),
                XmlText.clean(words.format("correctionTitle", listed.article().article().title())), XmlText.clean(plain),
                XmlText.clean(html),
                date, date, null, List.of(), null);
    }

    private static FeedMeta meta(String title, String description, SiteConfig site, Urls urls, String path, Instant updated,
                                 List<String> hubs, FeedMeta.History history) {
        return new FeedMeta(title, description, site.language(), urls.absolute(path), urls.absolute(Urls.CORRECTIONS),
                urls.absolute(Urls.HOME), XmlText.clean(site.author()), updated, hubs, history, site.multilingual());
    }

    /** A document is a function of its format, what it says of itself and its items. */
    private static String key(FeedFormat format, FeedMeta meta, List<FeedItem> items) {
        Fingerprint digest = Fingerprint.start().add("corrections").add(format.name()).add(meta.toString());
        items.forEach(item -> digest.add(item.toString()));
        return digest.digest();
    }
}
