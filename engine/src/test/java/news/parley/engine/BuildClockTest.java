package news.parley.engine;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BuildClockTest {
    private final Clock wall = Clock.fixed(Instant.parse("2030-01-01T00:00:00Z"), ZoneOffset.UTC);

    @Test
    void nowOptionWinsOverSourceDateEpochWhichWinsOverTheClock() {
        assertThat(BuildClock.now("--now", "2025-06-21T00:00:00Z", "1700000000", wall)).isEqualTo("2025-06-21T00:00:00Z");
        assertThat(BuildClock.now("--now", null, "1700000000", wall)).isEqualTo(Instant.ofEpochSecond(1_700_000_000L));
        assertThat(BuildClock.now("--now", null, " ", wall)).isEqualTo(wall.instant());
        assertThat(BuildClock.now("--now", null, null, wall)).isEqualTo(wall.instant());
    }

    @Test
    void badValuesSayWhatIsExpected() {
        assertThatThrownBy(() -> BuildClock.now("--now", null, "yesterday", wall))
                .hasMessageContaining("SOURCE_DATE_EPOCH must be whole seconds since 1970");
        assertThatThrownBy(() -> BuildClock.now("--now", "2025-06-21", null, wall))
                .hasMessageContaining("--now must be an instant such as 2025-06-21T00:00:00Z");
        assertThatThrownBy(() -> BuildClock.now("now", "soon", null, wall))
                .hasMessage("now must be an instant such as 2025-06-21T00:00:00Z, found 'soon'");
    }
}
