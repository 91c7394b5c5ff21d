package news.parley.engine;

import news.parley.core.problem.Problem;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a build made and met. When it {@link #failed()}, the problems say why, the counts are 0 and the
 * output folder is as it was.
 *
 * @param problems       every problem, sorted; with {@code strict}, a failed build's warnings are errors
 * @param articles       articles published
 * @param pages          HTML pages made
 * @param feeds          feeds made (RSS, Atom and JSON Feed, for every scope)
 * @param files          files in the site
 * @param articlesReused articles whose Markdown stage the cache spared
 * @param filesReused    files taken unchanged from the last build instead of being made anew
 * @param elapsed        the whole build's time
 * @param stages         how long each stage took, in pipeline order
 * @param pinged         the feeds (absolute URLs) whose bytes changed and that the site's WebSub hubs were
 *                       told of; empty unless the request asked to ping and a hub took the notice
 * @param hubsTold       how many hubs took the notice
 * @param photos         photos the content names
 * @param photosDecoded  photos decoded to make a file the last build did not leave (0 in a rebuild whose
 *                       photos and their uses did not change)
 */
public record BuildResult(List<Problem> problems, int articles, int pages, int feeds, int files, int articlesReused,
                          int filesReused, Duration elapsed, Map<Stage, Duration> stages, List<String> pinged,
                          int hubsTold, int photos, int photosDecoded) implements Outcome {

    public BuildResult {
        problems = List.copyOf(problems);
        pinged = List.copyOf(pinged);
        Map<Stage, Duration> ordered = new EnumMap<>(Stage.class);
        ordered.putAll(stages);
        stages = Collections.unmodifiableMap(ordered);
    }

    /**
     * The line a front end shows for a successful build of {@code output}: what was made, where, how long
     * it took and what the cache spared.
     */
    public String summary(Path output) {
        return String.format(Locale.ROOT,
                "Built %d article%s: %d pages, %d feeds, %s%d files in %s (%.2f s; cache: %d of %d articles, %d of %d files%s)",
                articles, articles == 1 ? "" : "s", pages, feeds, photos == 0 ? "" : photos + " photo" + (photos == 1 ? "" : "s") + ", ",
                files, output, elapsed.toMillis() / 1000.0, articlesReused, articles, filesReused, files,
                photos == 0 ? "" : ", " + (photos - photosDecoded) + " of " + photos + " photos");
    }

    static BuildResult failed(List<Problem> problems, Duration elapsed, Map<Stage, Duration> stages) {
        return new BuildResult(problems, 0, 0, 0, 0, 0, 0, elapsed, stages, List.of(), 0, 0, 0);
    }
}
