package news.parley.engine.cache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The file beside the cache that holds bodies' HTML and the text derived from it (feeds' copies with
 * absolute links): builds append to it, and read from it only what the pages and feeds they make
 * again need. Its name carries a number, so that a new pack never replaces the one an older cache
 * file names.
 */
final class BodyPack implements AutoCloseable {
    private static final String INFIX = ".bodies-";

    private final String name;
    private final FileChannel channel;

    private BodyPack(String name, FileChannel channel) {
        this.name = name;
        this.channel = channel;
    }

    /**
     * Opens the pack {@code name} beside {@code cacheFile} for reading, refusing any name that is not a
     * pack of that cache's, a link, or a file shorter than the cache says.
     */
    static BodyPack open(Path cacheFile, String name, long length) throws IOException {
        if (!name.matches(Pattern.quote(cacheFile.getFileName() + INFIX) + "[0-9a-f]{1,16}")) {
            throw new IOException("the cache names no pack of its own");
        }
        Path file = cacheFile.resolveSibling(name);
        if (Files.isSymbolicLink(file) || Files.size(file) < length) {
            throw new IOException("the pack is not the one the cache describes");
        }
        return new BodyPack(name, FileChannel.open(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS));
    }

    /** A name for a new pack beside {@code cacheFile}. */
    static String newName(Path cacheFile) {
        return cacheFile.getFileName() + INFIX + Long.toHexString(System.nanoTime());
    }

    String name() {
        return name;
    }

    long size() throws IOException {
        return channel.size();
    }

    String read(Span span) {
        return new String(bytes(span), StandardCharsets.UTF_8);
    }

    /** The bytes at {@code span}; read from any thread. */
    byte[] bytes(Span span) {
        ByteBuffer buffer = ByteBuffer.allocate(span.length());
        try {
            while (buffer.hasRemaining()) {
                if (channel.read(buffer, span.offset() + buffer.position()) < 0) {
                    throw new IOException("the pack ends early");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the build cache's " + name + "; build again without the cache (--clean, or -Dparley.clean with Maven)", e);
        }
        return buffer.array();
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException ignored) {
            // only a read-only handle
        }
    }

    /** Deletes the packs beside {@code cacheFile} other than {@code keep}: replaced ones, and any a build cut short left. */
    static void removeOthers(Path cacheFile, String keep) {
        String prefix = cacheFile.getFileName() + INFIX;
        try (Stream<Path> siblings = Files.list(cacheFile.getParent())) {
            for (Path sibling : siblings.toList()) {
                String name = sibling.getFileName().toString();
                if (name.startsWith(prefix) && !name.equals(keep)) {
                    Files.deleteIfExists(sibling);
                }
            }
        } catch (IOException ignored) {
            // left for the next build to remove
        }
    }

    /** Writes text to the end of a pack, from a given offset on, and says where each went. */
    static final class Appender {
        private final FileChannel out;
        private long at;

        Appender(FileChannel out, long at) {
            this.out = out;
            this.at = at;
        }

        Span append(String text) {
            return append(text.getBytes(StandardCharsets.UTF_8));
        }

        /** Text from another pack, copied into this one. */
        Span copy(BodyPack from, Span old) {
            return append(from.bytes(old));
        }

        /** Where the pack ends now. */
        long end() {
            return at;
        }

        private Span append(byte[] bytes) {
            Span span = new Span(at, bytes.length);
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            try {
                while (buffer.hasRemaining()) {
                    at += out.write(buffer, at);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return span;
        }
    }
}
