package news.parley.feeds;

import java.time.Instant;

/**
 * What a feed says about itself, whatever its format.
 *
 * @param self    the feed's own absolute URL
 * @param page    the page the feed follows
 * @param updated the newest change among its items
 */
record FeedMeta(String title, String description, String language, String self, String page, String home,
                String publisher, Instant updated) {
}
