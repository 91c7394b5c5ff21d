package news.parley.engine.publish;

import news.parley.core.problem.ContentException;
import news.parley.core.problem.Problem;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Holds a lock file beside the output ({@code .<output>.parley-lock}) for the length of a build, so
 * that a second build into the same folder (a scheduled one meeting an editor's) stops with a clear
 * error instead of mixing its files and cache with the first's. The operating system releases the
 * lock if the process dies; the empty file stays.
 */
public final class BuildLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private BuildLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    public static BuildLock acquire(Path output) {
        Path absolute = output.toAbsolutePath().normalize();
        if (absolute.getParent() == null) {
            throw new ContentException(Problem.error(absolute.toString(), 0, 0,
                    "refusing this output folder: it is the file system root"));
        }
        Path file = absolute.resolveSibling("." + absolute.getFileName() + ".parley-lock");
        FileChannel channel = null;
        try {
            Files.createDirectories(absolute.getParent());
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw new OverlappingFileLockException();
            }
            return new BuildLock(channel, lock);
        } catch (OverlappingFileLockException e) {
            close(channel);
            throw new ContentException(Problem.error(absolute.toString(), 0, 0,
                    "another build into this folder is under way; build again when it has finished"));
        } catch (IOException e) {
            close(channel);
            throw new ContentException(Problem.error(absolute.toString(), 0, 0, "cannot lock the output folder: " + e));
        }
    }

    private static void close(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing held
            }
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // closing the channel releases it too
        }
        close(channel);
    }
}
