package news.parley.site;

import news.parley.core.problem.Problem;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What a successful build made, for the summary line, and the warnings it met on the way.
 *
 * @param articlesReused articles whose Markdown stage the cache spared
 * @param filesReused    files taken unchanged from the last build instead of being made anew
 * @param stages         how long each stage took, in pipeline order
 */
public record BuildResult(int articles, int pages, int feeds, int files, int articlesReused, int filesReused,
                          Duration elapsed, List<Problem> warnings, Map<String, Duration> stages) {
}
