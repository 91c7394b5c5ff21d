package news.parley.maven;

import news.parley.engine.BuildResult;
import news.parley.engine.Site;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.util.Locale;

/**
 * Builds the site from {@code source} into {@code output}. The output is replaced only when the whole
 * build succeeds; after a mistake in the content the problems are in the log, the build fails, and
 * the output is as it was. A rebuild reuses what the last one made (the cache beside the output).
 */
@Mojo(name = "build", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public final class BuildMojo extends SiteMojo {
    /** Where the site goes. */
    @Parameter(property = "parley.output", defaultValue = "${project.build.directory}/site", required = true)
    File output;

    /** Once the site is in place, tell the WebSub hubs of {@code site.yaml}'s {@code feeds.hubs} of the feeds that changed. */
    @Parameter(property = "parley.ping", defaultValue = "false")
    boolean ping;

    /** Ignore what the last build left and make every file anew. */
    @Parameter(property = "parley.clean", defaultValue = "false")
    boolean clean;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping the Parley build (parley.skip)");
            return;
        }
        BuildResult result;
        try {
            result = Site.build(request(output.toPath()).withClean(clean).withPing(ping),
                    stage -> getLog().debug("Parley: " + stage.name().toLowerCase(Locale.ROOT)));
        } catch (RuntimeException e) {
            throw new MojoExecutionException("Parley could not build " + source + ": " + e, e);
        }
        log(result.problems());
        if (result.failed()) {
            throw failure(result.errors(), output + " was left as it was");
        }
        getLog().info(result.summary(output.toPath()));
        if (ping && result.hubsTold() > 0) {
            getLog().info("Told " + result.hubsTold() + " WebSub hub" + (result.hubsTold() == 1 ? "" : "s") + " of "
                    + result.pinged().size() + " changed feed" + (result.pinged().size() == 1 ? "" : "s"));
        }
    }
}
