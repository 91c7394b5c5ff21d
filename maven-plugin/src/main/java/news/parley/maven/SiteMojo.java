package news.parley.maven;

import news.parley.core.problem.Problem;
import news.parley.engine.BuildClock;
import news.parley.engine.BuildRequest;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** What every goal reads: the content folder and which articles count. */
abstract class SiteMojo extends AbstractMojo {
    /** The content folder, holding {@code site.yaml}. */
    @Parameter(property = "parley.source", defaultValue = "${project.basedir}", required = true)
    File source;

    /** Publish articles marked {@code draft: true}. */
    @Parameter(property = "parley.drafts", defaultValue = "false")
    boolean drafts;

    /** Publish articles dated after the build time. */
    @Parameter(property = "parley.future", defaultValue = "false")
    boolean future;

    /**
     * The build time, an ISO-8601 instant such as {@code 2025-06-21T00:00:00Z}. Default: the environment
     * variable {@code SOURCE_DATE_EPOCH} (reproducible builds), else the clock.
     */
    @Parameter(property = "parley.now")
    String now;

    /** Treat warnings as errors. */
    @Parameter(property = "parley.strict", defaultValue = "false")
    boolean strict;

    /** Skip this goal. */
    @Parameter(property = "parley.skip", defaultValue = "false")
    boolean skip;

    /** A request for {@code output} (null for a check) from these parameters, at the build time they give. */
    BuildRequest request(Path output) throws MojoExecutionException {
        return BuildRequest.of(source.toPath(), output, buildTime()).withDrafts(drafts).withFuture(future)
                .withStrict(strict);
    }

    Instant buildTime() throws MojoExecutionException {
        try {
            return BuildClock.now("now", now, System.getenv("SOURCE_DATE_EPOCH"), Clock.systemUTC());
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("Parley: " + e.getMessage());
        }
    }

    /** Each problem on a line of Maven's log, as {@code path:line:col: message}, the path relative to the source. */
    void log(List<Problem> problems) {
        for (Problem problem : problems) {
            String line = problem.place() + ": " + problem.message();
            if (problem.isError()) {
                getLog().error(line);
            } else {
                getLog().warn(line);
            }
        }
    }

    /**
     * The one-line failure Maven shows under the problems: no stack trace for a mistake in the content
     * or a refused output folder, which the editor mends.
     */
    static MojoFailureException failure(long errors, String consequence) {
        return new MojoFailureException("Parley found " + errors + " error" + (errors == 1 ? "" : "s") + "; "
                + consequence);
    }
}
