package news.parley.engine.cache;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.TreeSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

/**
 * Which code made a cache: everything a build makes depends on Parley's own code and on the libraries
 * that shape its output, so a cache holds for one version of them only. The code is wherever those
 * classes come from: one shaded jar for the command line, a jar each in Maven's repository for the
 * plugin (where a newsroom may even choose other library versions), class folders in development.
 */
final class CodeVersion {
    /**
     * The packages whose code can change the bytes of a page, a feed or a parse: Parley's and its
     * libraries' (flexmark alone comes in a dozen jars).
     */
    private static final List<String> PACKAGES = List.of("news/parley/", "com/vladsch/flexmark/",
            "com/github/mustachejava/", "com/rometools/", "org/jdom2/", "com/fasterxml/jackson/", "org/jsoup/",
            "org/snakeyaml/engine/", "com/twelvemonkeys/", "net/coobird/thumbnailator/", "org/apache/lucene/");

    private CodeVersion() {
    }

    /**
     * Every jar or class folder that holds one of {@link #PACKAGES}. Code that cannot be found so (a
     * package that no jar holds as a folder entry, a URL of an unknown kind) is named by a location that
     * never matches, so that no cache is ever reused with it: slower, never stale.
     */
    static Set<URL> locations() {
        Set<URL> locations = new TreeSet<>(java.util.Comparator.comparing(URL::toString));
        try {
            ClassLoader loader = CodeVersion.class.getClassLoader();
            for (String name : PACKAGES) {
                boolean found = false;
                for (URL url : java.util.Collections.list(loader.getResources(name))) {
                    URL location = locationOf(url, name);
                    locations.add(location != null ? location : unknown());
                    found = true;
                }
                if (!found) {
                    locations.add(unknown());
                }
            }
        } catch (IOException | RuntimeException e) {
            locations.add(unknown());
        }
        return locations;
    }

    /** A location that no other build names. */
    private static URL unknown() {
        return url("file:/parley-unknown-code-" + System.nanoTime());
    }

    /** The jar or folder that {@code url}, a package folder found as a resource, lies in. */
    private static URL locationOf(URL url, String name) {
        String text = url.toString();
        if (text.startsWith("jar:") && text.contains("!/")) {
            return url(text.substring(4, text.indexOf("!/")));
        }
        if (text.startsWith("file:") && text.endsWith(name)) {
            return url(text.substring(0, text.length() - name.length()));
        }
        return null;
    }

    private static URL url(String text) {
        try {
            return new URL(text);
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The jars as the file system describes them (path, size, time, identity); empty when any is not a
     * jar, as in development. The same stamp is the same code, which spares {@link #fingerprint}.
     */
    static String stamp(Collection<URL> locations) {
        // The JDK's own tables (Unicode normalisation, case, time zones) shape output too.
        StringBuilder stamp = new StringBuilder(runtime()).append('\n');
        try {
            for (URL url : locations) {
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
    /** The Java runtime, by vendor and version. */
    private static String runtime() {
        return System.getProperty("java.vendor") + " " + Runtime.version();
    }

    static String fingerprint(Collection<URL> locations) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        digest.update(runtime().getBytes(StandardCharsets.UTF_8));
        for (URL url : locations) {
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
