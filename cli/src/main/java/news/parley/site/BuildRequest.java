package news.parley.site;

import java.nio.file.Path;
import java.time.Instant;

/**
 * One build as the editor asked for it.
 *
 * @param now the build time, which decides which future-dated articles are published; it enters
 *            nothing else, so the same content and time give the same bytes
 */
public record BuildRequest(Path source, Path output, boolean drafts, boolean future, Instant now) {
}
