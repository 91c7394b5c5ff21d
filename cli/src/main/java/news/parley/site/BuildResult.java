package news.parley.site;

import news.parley.core.problem.Problem;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What a successful build made, for the summary line, and the warnings it met on the way.
 *
 * @param stages how long each stage took, in pipeline order
 */
public record BuildResult(int articles, int pages, int feeds, int files, Duration elapsed, List<Problem> warnings,
                          Map<String, Duration> stages) {
}
