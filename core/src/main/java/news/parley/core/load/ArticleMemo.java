package news.parley.core.load;

import news.parley.core.model.Article;
import news.parley.core.problem.Problem;

import java.util.List;

/**
 * What an earlier load made of each article file, so that a file whose size, modification time and
 * identity have not changed is neither read nor parsed again. The loader consults it; a build's cache
 * keeps it between builds.
 */
public interface ArticleMemo {

    /**
     * A file as the file system describes it, and what else its parse depends on.
     *
     * @param modified the modification time in nanoseconds
     * @param identity the file system's identity of the file (device and inode), which an editor that
     *                 saves by replacing the file changes
     * @param context  everything else the parse reads: the time zone and the actor ids
     */
    record Stamp(long size, long modified, String identity, String context) {
    }

    /**
     * One file's parse.
     *
     * @param article  the article without its Markdown, which {@link ContentLoader#withBody} reads again if needed
     * @param slugLine the line to name if the slug turns out to be taken
     * @param digest   a digest of the whole article, Markdown included
     * @param warnings the problems the file raised (a remembered file has no errors)
     */
    record Entry(Article article, int slugLine, String digest, List<Problem> warnings) {
        public Entry {
            warnings = List.copyOf(warnings);
        }
    }

    /** The parse of {@code path} made when it had this stamp, or null. */
    Entry find(String path, Stamp stamp);

    /** Remembers a parse for the next load. */
    void keep(String path, Stamp stamp, Entry entry);
}
