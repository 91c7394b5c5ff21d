package news.parley.engine.publish;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class OutputGuardTest {
    @TempDir
    Path dir;

    @Test
    void theRootAndTheHomeFolderAreRefused() {
        Path home = dir.resolve("home");
        Path source = dir.resolve("home/site");
        assertThat(OutputGuard.whyUnsafe(source, dir.getRoot(), home)).isEqualTo("is the file system root");
        assertThat(OutputGuard.whyUnsafe(source, home, home)).isEqualTo("is the home folder");
        assertThat(OutputGuard.whyUnsafe(source, source, home)).isEqualTo("is the source folder");
        assertThat(OutputGuard.whyUnsafe(source, dir.resolve("elsewhere"), home)).isNull();
    }
}
