package news.parley.core.model;

import java.time.OffsetDateTime;

/**
 * A correction of a published article, as its front matter states it.
 *
 * @param date   when it was made
 * @param text   what was corrected, in Markdown without blocks (inline only)
 * @param line   where front matter states it, for problems
 * @param column its column
 */
public record Correction(OffsetDateTime date, String text, int line, int column) {
}
