package org.proficio.competency.caseapi;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads and compares the values of CASE objects for filters and sorts: dates and date-times as instants (a date is
 * its first moment, UTC), numbers as numbers, anything else as text in Unicode order.
 */
final class FieldValues {

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private FieldValues() {}

    /**
     * The values at a dotted path; a list on the way contributes each of its elements (so {@code subjectURI.title}
     * gives every subject's title). Missing and null values give nothing.
     */
    static List<String> at(JsonNode object, String path) {
        List<String> values = new ArrayList<>();
        collect(object, path.split("\\."), 0, values);
        return values;
    }

    private static void collect(JsonNode node, String[] path, int depth, List<String> values) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return;
        }
        if (node.isArray()) {
            node.forEach(element -> collect(element, path, depth, values));
            return;
        }
        if (depth == path.length) {
            if (node.isValueNode()) {
                values.add(node.asText());
            }
            return;
        }
        if (node.isObject()) {
            collect(node.get(path[depth]), path, depth + 1, values);
        }
    }

    /** Compares two values: as instants if both are dates, as numbers if both are numbers, else as text. */
    static int compare(String a, String b) {
        Optional<Instant> ta = instant(a);
        Optional<Instant> tb = instant(b);
        if (ta.isPresent() && tb.isPresent()) {
            return ta.get().compareTo(tb.get());
        }
        if (NUMBER.matcher(a).matches() && NUMBER.matcher(b).matches()) {
            return new BigDecimal(a).compareTo(new BigDecimal(b));
        }
        return a.compareTo(b);
    }

    /** A total order for these values: as instants if all are dates, as numbers if all are numbers, else as text. */
    static Comparator<String> orderOf(Collection<String> values) {
        if (values.stream().allMatch(v -> instant(v).isPresent())) {
            return Comparator.comparing(v -> instant(v).orElseThrow());
        }
        if (values.stream().allMatch(v -> NUMBER.matcher(v).matches())) {
            return Comparator.comparing(BigDecimal::new);
        }
        return Comparator.naturalOrder();
    }

    static Optional<Instant> instant(String value) {
        if (value.length() < 10 || !Character.isDigit(value.charAt(0))) {
            return Optional.empty();
        }
        try {
            if (value.length() == 10) {
                return Optional.of(
                        LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant());
            }
            try {
                return Optional.of(OffsetDateTime.parse(value).toInstant());
            } catch (DateTimeParseException withoutOffset) {
                return Optional.of(LocalDateTime.parse(value).toInstant(ZoneOffset.UTC));
            }
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
