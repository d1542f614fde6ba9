package org.proficio.competency.casepackage;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.NameBasedGenerator;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How the importer reads the loosely typed values of real CASE packages: identifiers, URIs and dates. */
final class CaseValues {

    private static final Pattern UUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern TRAILING_UUID =
            Pattern.compile(".*/([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})/?");
    private static final NameBasedGenerator NAME_BASED =
            Generators.nameBasedGenerator(NameBasedGenerator.NAMESPACE_URL);

    /** The well-formed case (most values), parsed without the lenient parser's cost. */
    private static final Pattern RFC_3339 =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})");

    /** Date and time with or without seconds, fraction and offset, with 'T' or a space between. */
    private static final DateTimeFormatter LENIENT_DATE_TIME = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart()
            .appendLiteral('T')
            .optionalEnd()
            .optionalStart()
            .appendLiteral(' ')
            .optionalEnd()
            .appendPattern("HH:mm")
            .optionalStart()
            .appendPattern(":ss")
            .optionalStart()
            .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
            .optionalEnd()
            .optionalEnd()
            .optionalStart()
            .appendOffset("+HH:MM", "Z")
            .optionalEnd()
            .optionalStart()
            .appendOffset("+HHMM", "Z")
            .optionalEnd()
            .toFormatter();

    private CaseValues() {}

    static boolean isUuid(String value) {
        return UUID.matcher(value).matches();
    }

    /** The identifier as CASE requires it: the given one if it is a UUID, else the name-based UUID (v5) of it. */
    static String caseId(String given) {
        return isUuid(given) ? given : NAME_BASED.generate(given).toString();
    }

    /** For a link given only as a URI: the UUID it ends with (as CASE URIs do), else the name-based UUID of it. */
    static String idOfUri(String uri) {
        Matcher m = TRAILING_UUID.matcher(uri);
        return m.matches() ? m.group(1) : NAME_BASED.generate(uri).toString();
    }

    static boolean isAbsoluteUri(String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        try {
            return new URI(value).isAbsolute();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** A date-time, taken as UTC when it has no offset; microsecond precision, as PostgreSQL keeps it. */
    static Optional<OffsetDateTime> dateTime(String value) {
        String text = value.strip();
        try {
            if (RFC_3339.matcher(text).matches()) {
                return Optional.of(utc(OffsetDateTime.parse(text)));
            }
            var parsed = LENIENT_DATE_TIME.parseBest(text, OffsetDateTime::from, LocalDateTime::from);
            OffsetDateTime time =
                    parsed instanceof OffsetDateTime o ? o : ((LocalDateTime) parsed).atOffset(ZoneOffset.UTC);
            return Optional.of(utc(time));
        } catch (DateTimeParseException e) {
            try {
                return Optional.of(LocalDate.parse(text).atStartOfDay().atOffset(ZoneOffset.UTC));
            } catch (DateTimeParseException notADate) {
                return Optional.empty();
            }
        }
    }

    /** A CASE date field (a date or a date-time): a date stays a date, a date-time is normalised to UTC. */
    static Optional<String> dateOrDateTime(String value) {
        String text = value.strip();
        try {
            return Optional.of(LocalDate.parse(text).toString());
        } catch (DateTimeParseException e) {
            return dateTime(text).map(CaseJson::dateTime);
        }
    }

    static OffsetDateTime utc(OffsetDateTime time) {
        return time.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
