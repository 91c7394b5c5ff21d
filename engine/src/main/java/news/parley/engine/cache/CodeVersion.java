package news.parley.engine.cache;

import news.parley.core.index.SiteIndex;
import news.parley.engine.Site;
import news.parley.feeds.Feeds;
import news.parley.render.page.Pages;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

/**
 * Which Parley made a cache: everything a build makes depends on Parley's own code, so a cache holds
 * for one version of it only. The code is wherever the engine, render, feeds and core classes come
 * from: one shaded jar for the command line, four jars in Maven's repository for the plugin, class
 * folders in development.
 */
final class CodeVersion {
    private CodeVersion() {
    }

    private static Set<URL> locations() {
        Set<URL> locations = new LinkedHashSet<>();
        for (Class<?> type : List.of(Site.class, Pages.class, Feeds.class, SiteIndex.class)) {
            locations.add(type.getProtectionDomain().getCodeSource().getLocation());
        }
        return locations;
    }

    /**
     * The jars as the file system describes them (path, size, time, identity); empty when any is not a
     * jar, as in development. The same stamp is the same code, which spares {@link #fingerprint()}.
     */
    static String stamp() {
        StringBuilder stamp = new StringBuilder();
        try {
            for (URL url : locations()) {
                Path jar = Path.of(url.toURI());
                if (!Files.isRegularFile(jar)) {
                    return "";
                }
                BasicFileAttributes attributes = Files.readAttributes(jar, BasicFileAttributes.class);
                stamp.append(jar).append('\n').append(attributes.size()).append('\n')
                        .append(attributes.lastModifiedTime().toMillis()).append('\n').append(attributes.fileKey())
                        .append('\n');
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return "";
        }
        return stamp.toString();
    }

    /**
     * The code by its content: in a jar, its entries' names, sizes and CRC-32 checksums, which the jar's
     * directory holds, so that the classes are known without reading the whole jar; in a class folder,
     * the bytes of its files. Code that cannot be read gets a fingerprint of its own, never reused.
     */
    static String fingerprint() {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        for (URL url : locations()) {
            try {
                Path location = Path.of(url.toURI());
                if (Files.isDirectory(location)) {
                    try (Stream<Path> walk = Files.walk(location)) {
                        for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
                            digest.update(f.toString().getBytes(StandardCharsets.UTF_8));
                            digest.update(Files.readAllBytes(f));
                        }
                    }
                } else {
                    try (ZipFile jar = new ZipFile(location.toFile())) {
                        jar.stream().forEach(entry -> digest.update((entry.getName() + '\0' + entry.getSize() + '\0'
                                + entry.getCrc() + '\n').getBytes(StandardCharsets.UTF_8)));
                    }
                }
            } catch (IOException | URISyntaxException | RuntimeException e) {
                digest.update(Long.toString(System.nanoTime()).getBytes(StandardCharsets.UTF_8));
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
