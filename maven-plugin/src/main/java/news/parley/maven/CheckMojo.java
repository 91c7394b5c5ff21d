package news.parley.maven;

import news.parley.engine.CheckResult;
import news.parley.engine.Site;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Checks everything a build would read, drafts and future-dated articles included, reports every
 * problem, and fails on any error (any warning with {@code strict}). Writes nothing: for a pipeline
 * that wants a check without a site, such as one for pull requests. Not bound to a phase, since
 * {@code build} checks first anyway.
 */
@Mojo(name = "check", threadSafe = true)
public final class CheckMojo extends SiteMojo {
    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping the Parley check (parley.skip)");
            return;
        }
        CheckResult result;
        try {
            result = Site.check(request(null));
        } catch (RuntimeException e) {
            throw new MojoExecutionException("Parley could not check " + source + ": " + e, e);
        }
        log(result.problems());
        if (result.errors() > 0) {
            throw failure(result.errors(), "see the lines above");
        }
        getLog().info("Checked " + source + ": 0 errors, " + result.warnings() + " warning"
                + (result.warnings() == 1 ? "" : "s"));
    }
}
