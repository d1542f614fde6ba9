package org.proficio.platform.time;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The current time at the precision PostgreSQL stores ({@code timestamptz}: microseconds), in UTC, so that a value
 * written and read back compares equal to the one kept in memory (events, ETags, cursors).
 */
public final class DatabaseTime {

    private DatabaseTime() {}

    public static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
