package news.parley.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** What {@code build}, {@code check} and {@code serve} read, and how. */
final class ContentOptions {
    @Option(names = "--source", defaultValue = ".", paramLabel = "DIR",
            description = "The content folder, holding site.yaml. Default: ${DEFAULT-VALUE}")
    Path source;

    @Option(names = "--drafts", description = "Publish articles marked draft: true.")
    boolean drafts;

    @Option(names = "--future", description = "Publish articles dated after the build time.")
    boolean future;

    @Option(names = "--now", paramLabel = "INSTANT",
            description = "The build time, such as 2025-06-21T00:00:00Z. Default: $SOURCE_DATE_EPOCH, else the clock.")
    String now;

    @Option(names = "--strict", description = "Treat warnings as errors.")
    boolean strict;

    @Option(names = "--verbose", description = "Print each stage's time, and the stack trace of an internal error.")
    boolean verbose;
}
