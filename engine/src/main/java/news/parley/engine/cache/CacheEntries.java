package news.parley.engine.cache;

import news.parley.core.index.SiteIndex;

import java.util.HashMap;
import java.util.Map;

/**
 * Everything one build leaves for the next, by key: each body and derived text (where it lies in the
 * pack), each file of the site (the fingerprint it was made from), each article file's parse, and
 * the related-articles table; with the identity of the site that build published and the pack it
 * wrote. Reading the cache file fills one batch after another into it.
 */
final class CacheEntries {
    final Map<String, StoredBody> bodies;
    final Map<String, Span> texts;
    final Map<String, String> files;
    final Map<String, CacheRecords.Remembered> memo;
    String site = "";
    String pack;
    long packLength;
    SiteIndex.RelatedTable related;

    CacheEntries() {
        this(new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>());
    }

    CacheEntries(Map<String, StoredBody> bodies, Map<String, Span> texts, Map<String, String> files,
                 Map<String, CacheRecords.Remembered> memo) {
        this.bodies = bodies;
        this.texts = texts;
        this.files = files;
        this.memo = memo;
    }

    /** Whether every body and text lies within the pack. */
    boolean withinPack() {
        return bodies.values().stream().allMatch(body -> body.html().within(packLength))
                && texts.values().stream().allMatch(span -> span.within(packLength));
    }
}
