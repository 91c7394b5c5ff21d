package news.parley.maven;

import news.parley.engine.BuildResult;
import news.parley.engine.serve.Preview;
import news.parley.engine.serve.PreviewListener;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;

/**
 * Builds the site, serves it on 127.0.0.1 and rebuilds when the content or templates change, reloading
 * open pages, until Ctrl+C. Drafts and future-dated articles are shown unless {@code publishedOnly}.
 * Run it directly: {@code mvn parley:serve}.
 */
@Mojo(name = "serve", threadSafe = true)
public final class ServeMojo extends SiteMojo {
    /** The port on 127.0.0.1. */
    @Parameter(property = "parley.port", defaultValue = "1313")
    int port;

    /** Where the preview is built: a folder of its own, so that drafts never reach the published site. */
    @Parameter(property = "parley.previewOutput", defaultValue = "${project.build.directory}/parley-preview")
    File previewOutput;

    /** Show only what a build would publish (no drafts, no future-dated articles). */
    @Parameter(property = "parley.publishedOnly", defaultValue = "false")
    boolean publishedOnly;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping the Parley preview (parley.skip)");
            return;
        }
        buildTime(); // a mistaken time stops here, not on every rebuild
        if (!source.isDirectory()) {
            throw new MojoFailureException("Parley: the source folder " + source + " does not exist");
        }
        try (Preview preview = Preview.start(source.toPath(), previewOutput.toPath().toAbsolutePath().normalize(),
                () -> {
                    try {
                        return request(previewOutput.toPath()).withDrafts(drafts || !publishedOnly)
                                .withFuture(future || !publishedOnly);
                    } catch (MojoExecutionException e) {
                        throw new IllegalStateException(e.getMessage(), e);
                    }
                }, port, new LogListener())) {
            getLog().info("Serving " + previewOutput + " at " + preview.url() + " (Ctrl+C to stop); rebuilding on every change");
            new CountDownLatch(1).await();
        } catch (IOException e) {
            throw new MojoExecutionException("Parley could not serve (port " + port + "): " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private final class LogListener implements PreviewListener {
        @Override
        public void built(BuildResult result) {
            log(result.problems());
            if (result.failed()) {
                getLog().error("The build failed; still serving the last good site");
            } else {
                getLog().info(String.format(Locale.ROOT, "Built %d article%s in %.2f s", result.articles(),
                        result.articles() == 1 ? "" : "s", result.elapsed().toMillis() / 1000.0));
            }
        }

        @Override
        public void internalError(RuntimeException e) {
            getLog().error("Parley: internal error: " + e, e);
        }

        @Override
        public void stoppedWatching(IOException e) {
            getLog().error("Parley stopped watching for changes: " + e.getMessage());
        }
    }
}
