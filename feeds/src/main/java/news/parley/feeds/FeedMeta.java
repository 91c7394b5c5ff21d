package news.parley.feeds;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a feed says about itself, whatever its format.
 *
 * @param self    the feed's own absolute URL
 * @param page    the page the feed follows
 * @param author  who writes the site: the author of every item that names none
 * @param updated the newest change among its items
 * @param hubs    the WebSub hubs that subscribers may subscribe through
 * @param history where the feed lies in its scope's history (RFC 5005): whether it is an archive
 *                document, and its links to the next older one, the next newer one and the current feed
 * @param languageInAtom whether an Atom document states its language ({@code xml:lang}): in a site of several
 *                languages, whose Atom feeds differ by it; a site of one keeps the Atom it always had
 */
record FeedMeta(String title, String description, String language, String self, String page, String home,
                String author, Instant updated, List<String> hubs, History history, boolean languageInAtom) {

    /**
     * @param archive    whether this document is an archive (not the current feed)
     * @param prev       the next older archive document, or null
     * @param next       the next newer archive document, or null
     * @param current    the current feed, for an archive document; else null
     */
    record History(boolean archive, String prev, String next, String current) {
        /** The links, by their RFC 5005 rel, in the order documents write them. */
        Map<String, String> links() {
            Map<String, String> links = new LinkedHashMap<>();
            if (current != null) {
                links.put("current", current);
            }
            if (prev != null) {
                links.put("prev-archive", prev);
            }
            if (next != null) {
                links.put("next-archive", next);
            }
            return links;
        }
    }
}
