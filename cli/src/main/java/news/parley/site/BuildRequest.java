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
 */
public record BuildRequest(Path source, Path output, boolean drafts, boolean future, Instant now, boolean strict,
                           boolean clean) {
}
