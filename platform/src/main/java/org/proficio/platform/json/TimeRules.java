package org.proficio.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;

/**
 * Points in time are ISO-8601 text ({@code 2026-11-20T10:15:30Z}). Jackson reads a bare number as epoch seconds
 * whatever the leniency setting, so {@code "observedAt": 12345} became a date in 1970: refused here, naming the
 * field. (Dates without a time, {@code LocalDate}, follow the mapper's leniency, which {@link StrictJson} turns off.)
 */
final class TimeRules {

    private TimeRules() {}

    static void register(SimpleModule module) {
        module.addDeserializer(Instant.class, new IsoText<>(Instant.class, InstantDeserializer.INSTANT));
        module.addDeserializer(
                OffsetDateTime.class, new IsoText<>(OffsetDateTime.class, InstantDeserializer.OFFSET_DATE_TIME));
        module.addDeserializer(
                ZonedDateTime.class, new IsoText<>(ZonedDateTime.class, InstantDeserializer.ZONED_DATE_TIME));
    }

    private static final class IsoText<T> extends StdDeserializer<T> {

        private final transient JsonDeserializer<T> times;

        IsoText(Class<T> type, JsonDeserializer<T> times) {
            super(type);
            this.times = times;
        }

        @Override
        public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() == JsonToken.VALUE_NUMBER_INT
                    || parser.currentToken() == JsonToken.VALUE_NUMBER_FLOAT) {
                return context.reportInputMismatch(this, "expected an ISO-8601 date-time text, got a number");
            }
            return times.deserialize(parser, context);
        }
    }
}
