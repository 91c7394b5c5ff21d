package news.parley.engine;

/** Hears a build's progress; each front end shows it its own way (a terminal line, Maven's log, nothing). */
@FunctionalInterface
public interface BuildListener {
    /** Hears nothing. */
    BuildListener NONE = stage -> { };

    /** Called on the building thread as {@code stage} starts. */
    void stageStarted(Stage stage);
}
