package news.parley.feeds;

import java.time.Instant;
import java.util.List;

/**
 * What a feed says about itself, whatever its format.
 *
 * @param self    the feed's own absolute URL
 * @param page    the page the feed follows
 * @param author  who writes the site: the author of every item that names none
 * @param updated the newest change among its items
 * @param hubs    the WebSub hubs that subscribers may subscribe through
 */
record FeedMeta(String title, String description, String language, String self, String page, String home,
                String author, Instant updated, List<String> hubs) {
}
