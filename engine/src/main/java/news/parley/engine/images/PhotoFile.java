package news.parley.engine.images;

import news.parley.core.site.Fingerprint;
import news.parley.engine.cache.BuildCache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * A photo's file as the build cache knows it again: where a link in the source folder leads (the link's
 * own time says nothing of the file), its size, time and identity.
 */
record PhotoFile(Path file, long size, long modified, String identity) {
    /** A file as fresh as this may yet change within the same tick of the file system's clock. */
    private static final long RACY_NANOS = 2_000_000_000L;

    static PhotoFile of(Path link) throws IOException {
        Path file = link.toRealPath();
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        return new PhotoFile(file, attributes.size(), attributes.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS),
                String.valueOf(attributes.fileKey()));
    }

    /**
     * What {@code make} reads from the file, as an earlier build kept it under {@code what} and this stamp;
     * made anew, and not kept, without a cache or for a file too fresh to trust its stamp.
     */
    String remembered(BuildCache cache, String what, Supplier<String> make) {
        if (cache == null || modified > Instant.now().toEpochMilli() * 1_000_000L - RACY_NANOS) {
            return make.get();
        }
        return cache.text(Fingerprint.of(what, file.toString(), Long.toString(size), Long.toString(modified), identity),
                make);
    }
}
