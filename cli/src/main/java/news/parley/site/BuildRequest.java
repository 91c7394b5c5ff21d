package news.parley.site;

import java.nio.file.Path;
import java.time.Instant;

/**
 * One build or check as the editor asked for it.
 *
 * @param output null for a check, which writes nothing
 * @param now    the build time, which decides which future-dated articles are published; it enters
 *               nothing else, so the same content and time give the same bytes
 * @param strict whether warnings count as errors
 * @param clean  whether to ignore what the last build left (the cache), making everything anew
 * @param verifyCache whether to make even the files the cache says are unchanged, and fail if one is
 *               not (a check of Parley's fingerprints, for its tests and for bug reports)
 * @param quickLimit 0, or the most article files to read, or article bodies to render, that this
 *               process takes on: with more, the build or check stops before writing anything and
 *               throws {@link Site.TooLong}, so that a launcher which starts a JVM set up for short runs
 *               can start the long ones again in a JVM set up for those
 */
public record BuildRequest(Path source, Path output, boolean drafts, boolean future, Instant now, boolean strict,
                           boolean clean, boolean verifyCache, int quickLimit) {

    public BuildRequest(Path source, Path output, boolean drafts, boolean future, Instant now, boolean strict,
                        boolean clean) {
        this(source, output, drafts, future, now, strict, clean, false, 0);
    }
}
