package news.parley.core.site;

/**
 * Where a scope's older articles go (RFC 5005 archived feeds): its current feeds carry the newest
 * articles, and archive documents the rest, numbered from the oldest and holding a fixed number each,
 * so that publishing a new article never changes the articles of a full archive document; only the
 * newest may be partly filled (and the newest full one gains its link to the next once that exists). Archive {@code n} of a scope lives at {@code <scope>archive/<n>/feed.xml} (and
 * {@code atom.xml}, {@code feed.json}).
 */
public final class FeedArchive {
    private FeedArchive() {
    }

    /** How many archive documents a scope of {@code articles} has. */
    public static int documents(int articles, int current, int perDocument) {
        int archived = Math.max(0, articles - current);
        return (archived + perDocument - 1) / perDocument;
    }

    /**
     * The articles archive {@code n} (from 1, the oldest) holds, as indexes into the scope's articles
     * listed newest first: from {@code first} (its newest) to {@code last} (its oldest), both included.
     */
    public record Range(int first, int last) {
    }

    public static Range range(int articles, int current, int perDocument, int n) {
        int oldest = articles - 1 - (n - 1) * perDocument;
        int newest = Math.max(current, oldest - perDocument + 1);
        return new Range(newest, oldest);
    }

    public static String path(String scope, int n, FeedFormat format) {
        return scope + "archive/" + n + "/" + format.fileName();
    }
}
