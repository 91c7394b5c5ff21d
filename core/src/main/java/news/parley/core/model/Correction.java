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

    /** Its anchor on its article's page, which the corrections page and feeds link to: its time names it. */
    public String anchor() {
        return "correction-" + date.toEpochSecond();
    }
}
