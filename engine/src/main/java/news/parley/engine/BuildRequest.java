package news.parley.engine;

import news.parley.feeds.Sitemap;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;

/**
 * One build or check as the editor asked for it. Immutable: start from {@link #of} and change what
 * differs with the {@code with} methods.
 *
 * @param source      the folder holding {@code site.yaml}
 * @param output      where the site goes; null for a check, which writes nothing
 * @param drafts      whether articles marked {@code draft: true} are published
 * @param future      whether articles dated after {@code now} are published
 * @param now         the build time, which decides which future-dated articles are published; it enters
 *                    nothing else, so the same content and time give the same bytes
 * @param strict      whether warnings count as errors
 * @param clean       whether to ignore what the last build left (the cache), making everything anew
 * @param verifyCache whether to make even the files the cache says are unchanged, and fail if one is
 *                    not (a check of Parley's fingerprints, for its tests and for bug reports)
 * @param ping        whether to tell the site's WebSub hubs, once the new site is in place, of the feeds
 *                    whose bytes changed
 * @param sitemapLimits how much one sitemap file may hold before {@code sitemap.xml} becomes an index:
 *                    the sitemaps.org protocol's unless a host or a test asks for less
 */
public record BuildRequest(Path source, Path output, boolean drafts, boolean future, Instant now, boolean strict,
                           boolean clean, boolean verifyCache, boolean ping, Sitemap.Limits sitemapLimits) {

    public BuildRequest {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(sitemapLimits, "sitemapLimits");
    }

    /** A build of {@code source} into {@code output} at {@code now}: published articles only, cache used. */
    public static BuildRequest of(Path source, Path output, Instant now) {
        return new BuildRequest(source, output, false, false, now, false, false, false, false, Sitemap.Limits.PROTOCOL);
    }

    public BuildRequest withOutput(Path value) {
        return new BuildRequest(source, value, drafts, future, now, strict, clean, verifyCache, ping, sitemapLimits);
    }

    public BuildRequest withNow(Instant value) {
        return new BuildRequest(source, output, drafts, future, value, strict, clean, verifyCache, ping, sitemapLimits);
    }

    public BuildRequest withDrafts(boolean value) {
        return new BuildRequest(source, output, value, future, now, strict, clean, verifyCache, ping, sitemapLimits);
    }

    public BuildRequest withFuture(boolean value) {
        return new BuildRequest(source, output, drafts, value, now, strict, clean, verifyCache, ping, sitemapLimits);
    }

    public BuildRequest withStrict(boolean value) {
        return new BuildRequest(source, output, drafts, future, now, value, clean, verifyCache, ping, sitemapLimits);
    }

    public BuildRequest withClean(boolean value) {
        return new BuildRequest(source, output, drafts, future, now, strict, value, verifyCache, ping, sitemapLimits);
    }

    public BuildRequest withVerifyCache(boolean value) {
        return new BuildRequest(source, output, drafts, future, now, strict, clean, value, ping, sitemapLimits);
    }

    public BuildRequest withSitemapLimits(Sitemap.Limits value) {
        return new BuildRequest(source, output, drafts, future, now, strict, clean, verifyCache, ping, value);
    }

    public BuildRequest withPing(boolean value) {
        return new BuildRequest(source, output, drafts, future, now, strict, clean, verifyCache, value, sitemapLimits);
    }
}
