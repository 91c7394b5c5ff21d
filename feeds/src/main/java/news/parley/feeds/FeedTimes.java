package news.parley.feeds;

import news.parley.core.index.IndexedArticle;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * When each article last changed, as feeds say it: to the second, as feeds write it, and never the same
 * for two articles of the site. Articles dated by the day alone all change at midnight, and two Atom
 * entries of one feed with the same {@code updated} look to readers and validators like an entry whose
 * change was not recorded. Of articles that share a second, the last by slug keeps it and each other
 * takes the next second that no article holds, in reverse order of slugs: the site lists articles of
 * the same time by slug, and readers that sort by date then list them the same way. When an article
 * was published is never moved.
 */
final class FeedTimes {
    private final Map<String, Instant> modified;

    private FeedTimes(Map<String, Instant> modified) {
        this.modified = modified;
    }

    static FeedTimes of(List<IndexedArticle> articles) {
        List<IndexedArticle> sorted = new ArrayList<>(articles);
        sorted.sort(Comparator.comparing(FeedTimes::ownSecond).thenComparing(IndexedArticle::slug, Comparator.reverseOrder()));
        Map<String, Instant> modified = new HashMap<>(sorted.size() * 2);
        Set<Instant> taken = new HashSet<>(sorted.size() * 2);
        List<IndexedArticle> repeats = new ArrayList<>();
        for (IndexedArticle article : sorted) {
            if (taken.add(ownSecond(article))) {
                modified.put(article.slug(), ownSecond(article));
            } else {
                repeats.add(article);
            }
        }
        // Where the search for a free second after each shared one goes on from: many articles of one day
        // would otherwise each walk past the seconds the ones before them took.
        Map<Instant, Instant> next = new HashMap<>();
        for (IndexedArticle article : repeats) {
            Instant own = ownSecond(article);
            Instant time = next.getOrDefault(own, own.plusSeconds(1));
            while (!taken.add(time)) {
                time = time.plusSeconds(1);
            }
            next.put(own, time.plusSeconds(1));
            modified.put(article.slug(), time);
        }
        return new FeedTimes(modified);
    }

    /** The article's last change as feeds say it. */
    Instant modified(IndexedArticle article) {
        Instant time = modified.get(article.slug());
        return time != null ? time : ownSecond(article);
    }

    /** When the article was published, as its front matter says. */
    Instant published(IndexedArticle article) {
        return article.article().date().toInstant().truncatedTo(ChronoUnit.SECONDS);
    }

    private static Instant ownSecond(IndexedArticle article) {
        return article.article().lastModified().toInstant().truncatedTo(ChronoUnit.SECONDS);
    }
}
