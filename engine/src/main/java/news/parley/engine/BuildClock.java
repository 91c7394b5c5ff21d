package news.parley.engine;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * The build time: the one given, else {@code SOURCE_DATE_EPOCH} (reproducible builds), else the clock.
 * Every front end resolves it the same way, naming the setting the editor used in its messages.
 */
public final class BuildClock {
    private BuildClock() {
    }

    /**
     * @param name            how the editor gave {@code given}, for messages ({@code --now}, {@code now})
     * @param given           an ISO-8601 instant, or null
     * @param sourceDateEpoch the variable's value, or null
     * @throws IllegalArgumentException naming what was wrong when either is not a time
     */
    public static Instant now(String name, String given, String sourceDateEpoch, Clock clock) {
        if (given != null) {
            try {
                return Instant.parse(given);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(name + " must be an instant such as 2025-06-21T00:00:00Z, found '"
                        + given + "'");
            }
        }
        if (sourceDateEpoch != null && !sourceDateEpoch.isBlank()) {
            try {
                return Instant.ofEpochSecond(Long.parseLong(sourceDateEpoch.strip()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("SOURCE_DATE_EPOCH must be whole seconds since 1970, found '"
                        + sourceDateEpoch + "'");
            }
        }
        return clock.instant();
    }
}
