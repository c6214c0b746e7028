package org.commonplace.platform.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Values of native queries and aggregates, which the JDBC drivers hand back in their own types:
 * H2 answers OffsetDateTime for TIMESTAMP WITH TIME ZONE, PostgreSQL java.sql.Timestamp.
 */
public final class DatabaseValues {
    private DatabaseValues() { }

    public static Instant instant(Object value) {
        if (value == null) return null;
        if (value instanceof Instant i) return i;
        if (value instanceof OffsetDateTime o) return o.toInstant();
        if (value instanceof Timestamp t) return t.toInstant();
        if (value instanceof java.time.LocalDateTime l) return l.toInstant(ZoneOffset.UTC);
        throw new IllegalArgumentException("Not a point in time: " + value.getClass().getName());
    }

    public static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
