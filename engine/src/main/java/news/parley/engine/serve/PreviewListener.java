package news.parley.engine.serve;

import news.parley.engine.BuildResult;

import java.io.IOException;

/** Hears what the preview server does, for its front end to show. Called from the preview's threads. */
public interface PreviewListener {
    /** A build finished, with or without errors; after errors the last good site stays served. */
    void built(BuildResult result);

    /** A build stopped on a failure of Parley or of the file system; the last good site stays served. */
    void internalError(RuntimeException e);

    /** Watching the source failed: changes are no longer rebuilt for. */
    void stoppedWatching(IOException e);
}
