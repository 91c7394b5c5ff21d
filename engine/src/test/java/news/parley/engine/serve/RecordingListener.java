package news.parley.engine.serve;

import news.parley.core.problem.Problem;
import news.parley.engine.BuildResult;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps what the preview told its front end, for tests to read. */
final class RecordingListener implements PreviewListener {
    final List<BuildResult> builds = new CopyOnWriteArrayList<>();
    final List<Exception> failures = new CopyOnWriteArrayList<>();

    @Override
    public void built(BuildResult result) {
        builds.add(result);
    }

    @Override
    public void internalError(RuntimeException e) {
        failures.add(e);
    }

    @Override
    public void stoppedWatching(IOException e) {
        failures.add(e);
    }

    /** Every problem of every build so far, one formatted line each. */
    String problems() {
        StringBuilder text = new StringBuilder();
        for (BuildResult build : builds) {
            for (Problem problem : build.problems()) {
                text.append(problem.format()).append('\n');
            }
        }
        return text.toString();
    }
}
