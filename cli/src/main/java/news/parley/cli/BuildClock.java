package news.parley.cli;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** The build time: {@code --now}, else {@code SOURCE_DATE_EPOCH} (reproducible builds), else the clock. */
final class BuildClock {
    private BuildClock() {
    }

    static Instant now(String option, String sourceDateEpoch, Clock clock) {
        if (option != null) {
            try {
                return Instant.parse(option);
            } catch (DateTimeParseException e) {
                throw new DateTimeParseException("--now must be an instant such as 2025-06-21T00:00:00Z, found '"
                        + option + "'", option, 0);
            }
        }
        if (sourceDateEpoch != null && !sourceDateEpoch.isBlank()) {
            try {
                return Instant.ofEpochSecond(Long.parseLong(sourceDateEpoch.strip()));
            } catch (NumberFormatException e) {
                throw new NumberFormatException("SOURCE_DATE_EPOCH must be whole seconds since 1970, found '"
                        + sourceDateEpoch + "'");
            }
        }
        return clock.instant();
    }
}
