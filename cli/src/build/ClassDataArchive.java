import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Makes the class data archive that cli/parley hands the JVM, so that a run maps Parley's classes
 * instead of loading and verifying them from the jar: a training build of the project's own site
 * lists the classes it loads, then the JVM dumps them. Run by Maven after the jar is made (as a
 * single-file program: it is not part of Parley). An archive is an optimisation, so any failure here
 * leaves none and says why, without failing the build.
 * <p>
 * Usage: java ClassDataArchive.java JAR CONTENT_DIR TARGET_DIR
 */
public final class ClassDataArchive {
    public static void main(String[] args) throws IOException, InterruptedException {
        Path jar = Path.of(args[0]).toAbsolutePath();
        Path content = Path.of(args[1]).toAbsolutePath();
        Path target = Path.of(args[2]).toAbsolutePath();
        Path archive = target.resolve("parley.jsa");
        Path partial = target.resolve("parley.jsa.tmp");
        Path list = target.resolve("parley.classlist");
        Path log = target.resolve("class-data-archive.log");
        Files.deleteIfExists(archive);
        Files.deleteIfExists(log);
        Files.deleteIfExists(partial);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();

        if (!run(log, java, "-XX:+UseSerialGC", "-XX:DumpLoadedClassList=" + list, "-jar", jar.toString(), "build",
                "--clean", "--source", content.toString(), "--output", target.resolve("cds-training/site").toString(),
                "--now", "2026-01-01T00:00:00Z")) {
            skip("the training build failed", log);
            return;
        }
        // This JDK 17 can crash while archiving lambda proxies (SystemDictionaryShared::
        // adjust_lambda_proxy_class_dictionary): leave them out. The lambda forms (of string
        // concatenation and method handles) stay: spinning them at run time costs a cold start much.
        java.util.Set<String> classes = new java.util.LinkedHashSet<>();
        for (String line : Files.readAllLines(list)) {
            if (!line.startsWith("@lambda-proxy")) {
                classes.add(line);
            }
        }
        Files.write(list, List.copyOf(classes));
        if (!run(log, java, "-Xshare:dump", "-XX:SharedClassListFile=" + list, "-XX:SharedArchiveFile=" + partial,
                "-XX:ErrorFile=" + target.resolve("class-data-archive-crash.log"), "-cp", jar.toString())) {
            Files.deleteIfExists(partial);
            skip("the JVM could not dump the archive", log);
            return;
        }
        // Only an archive this JVM accepts is kept (-Xshare:on fails where -Xshare:auto would ignore it).
        if (!run(log, java, "-XX:+UseSerialGC", "-XX:SharedArchiveFile=" + partial, "-Xshare:on", "-jar",
                jar.toString(), "--version")) {
            Files.deleteIfExists(partial);
            skip("the JVM does not accept the archive it made", log);
            return;
        }
        Files.move(partial, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        System.out.println("[class data archive] " + archive + " (" + classes.size() + " classes)");
    }

    private static boolean run(Path log, String... command) throws IOException, InterruptedException {
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start().waitFor() == 0;
    }

    private static void skip(String why, Path log) {
        System.out.println("[class data archive] none: " + why + " (see " + log + "); cli/parley runs without one");
    }
}
