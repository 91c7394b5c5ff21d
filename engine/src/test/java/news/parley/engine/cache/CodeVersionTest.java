package news.parley.engine.cache;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** A cache is reused only by the same code: every jar counts, not only the one Parley's engine is in. */
class CodeVersionTest {
    @TempDir
    Path dir;

    private Path jar(String name, String content) throws IOException {
        Path jar = dir.resolve(name);
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("org/example/Library.class"));
            out.write(content.getBytes());
            out.closeEntry();
        }
        Files.setLastModifiedTime(jar, FileTime.fromMillis(1_700_000_000_000L));
        return jar;
    }

    @Test
    void anotherVersionOfAnyLibraryIsOtherCode() throws IOException {
        List<URL> code = List.of(jar("engine.jar", "engine").toUri().toURL(), jar("library.jar", "v1").toUri().toURL());
        String stamp = CodeVersion.stamp(code);
        String fingerprint = CodeVersion.fingerprint(code);
        assertThat(stamp).contains("engine.jar").contains("library.jar");
        assertThat(CodeVersion.stamp(code)).isEqualTo(stamp);
        assertThat(CodeVersion.fingerprint(code)).isEqualTo(fingerprint);

        // The library replaced by another version, the engine's jar untouched.
        jar("library.jar", "v2, longer");
        assertThat(CodeVersion.stamp(code)).isNotEqualTo(stamp);
        assertThat(CodeVersion.fingerprint(code)).isNotEqualTo(fingerprint);
    }

    @Test
    void classFoldersHaveNoStampAndAreKnownByTheirBytes() throws IOException {
        Path classes = Files.createDirectories(dir.resolve("classes/org/example"));
        Files.writeString(classes.resolve("A.class"), "one");
        List<URL> code = List.of(dir.resolve("classes").toUri().toURL());
        assertThat(CodeVersion.stamp(code)).isEmpty();
        String before = CodeVersion.fingerprint(code);
        Files.writeString(classes.resolve("A.class"), "two");
        assertThat(CodeVersion.fingerprint(code)).isNotEqualTo(before);
    }

    @Test
    void theRunningCodeIncludesEveryJarOfTheLibrariesThatShapeTheOutput() {
        assertThat(CodeVersion.locations()).extracting(URL::getPath)
                .anyMatch(path -> path.matches(".*/engine/target/classes/?"))
                .anyMatch(path -> path.matches(".*(/render/target/classes/?|/parley-render-[^/]*\\.jar)"))
                .anyMatch(path -> path.endsWith("/flexmark-0.64.8.jar"))
                .anyMatch(path -> path.endsWith("/flexmark-util-sequence-0.64.8.jar"))
                .anyMatch(path -> path.endsWith("/flexmark-ext-tables-0.64.8.jar"))
                .anyMatch(path -> path.contains("/compiler-")) // Mustache.java
                .anyMatch(path -> path.contains("/rome-2"))
                .anyMatch(path -> path.contains("/jdom2-"))
                .anyMatch(path -> path.contains("/jackson-databind-"))
                .anyMatch(path -> path.contains("/jsoup-"))
                .anyMatch(path -> path.contains("/snakeyaml-engine-"))
                .noneMatch(path -> path.contains("/junit-"))
                .noneMatch(path -> path.contains("parley-unknown-code"));
    }
}
