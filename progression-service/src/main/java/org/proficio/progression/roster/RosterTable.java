package org.proficio.progression.roster;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.proficio.platform.json.StrictJson;
import org.proficio.platform.problem.Problem.FieldError;
import org.proficio.platform.problem.ProblemException;

/**
 * One OneRoster CSV file, read as leniently as the standard's real exports need: columns in any order and any case,
 * extra columns ({@code ext_*}, {@code metadata.*}, anything else) left aside, a misspelt optional header read as the
 * column it is one or two letters away from, rows with too few or too many fields read as far as they go, no
 * trailing newline, a byte order mark. What it cannot be is a file without the columns the standard requires of it,
 * or text that is not CSV: those refuse the whole import.
 */
final class RosterTable {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180
            .builder()
            .setIgnoreEmptyLines(true)
            .setIgnoreSurroundingSpaces(false)
            .get();

    private static final LevenshteinDistance DISTANCE = new LevenshteinDistance(2);

    final RosterFileType type;
    final String name;
    final List<Row> rows;
    /** Misspelt headers, as written, and the column each was read as. */
    final Map<String, String> readAs;
    /** Headers of no column the import reads, as written. */
    final List<String> ignoredColumns;

    private RosterTable(
            RosterFileType type, String name, List<Row> rows, Map<String, String> readAs, List<String> ignored) {
        this.type = type;
        this.name = name;
        this.rows = rows;
        this.readAs = readAs;
        this.ignoredColumns = ignored;
    }

    /** One data row: its number as a spreadsheet shows it, and its values by column ("" when absent). */
    record Row(int number, Map<String, String> values) {

        String get(String column) {
            return values.getOrDefault(column, "");
        }

        String sourcedId() {
            return get("sourcedId");
        }

        boolean toBeDeleted() {
            return get("status").equalsIgnoreCase("tobedeleted");
        }
    }

    static RosterTable read(RosterFileType type, String name, String text, List<RowIssue> issues) {
        if (StrictJson.hasNul(text)) {
            throw unreadable(name, "holds a NUL character (U+0000); it is not a text file.");
        }
        List<CSVRecord> records = records(name, text.startsWith("\uFEFF") ? text.substring(1) : text);
        if (records.isEmpty()) {
            issues.add(new RowIssue(name, 1, null, null, "the file is empty: no header, nothing read"));
            return new RosterTable(type, name, List.of(), Map.of(), List.of());
        }
        CSVRecord header = records.get(0);
        Map<String, String> readAs = new LinkedHashMap<>();
        List<String> ignored = new ArrayList<>();
        List<String> columns = columns(type, name, header, readAs, ignored);
        List<Row> rows = new ArrayList<>();
        for (CSVRecord record : records.subList(1, records.size())) {
            int number = (int) record.getRecordNumber();
            if (record.size() != columns.size()) {
                issues.add(new RowIssue(
                        name,
                        number,
                        record.size() > 0 ? record.get(0).strip() : null,
                        null,
                        "has " + record.size() + " fields, the header " + columns.size() + ": "
                                + (record.size() < columns.size()
                                        ? "the missing ones read as empty"
                                        : "the extra ones left aside")));
            }
            Map<String, String> values = new HashMap<>();
            for (int i = 0; i < Math.min(record.size(), columns.size()); i++) {
                if (columns.get(i) != null) {
                    values.put(columns.get(i), record.get(i).strip());
                }
            }
            rows.add(new Row(number, values));
        }
        return new RosterTable(type, name, rows, readAs, ignored);
    }

    /** The column each header field names (null: left aside); refuses a header without a required column. */
    private static List<String> columns(
            RosterFileType type, String name, CSVRecord header, Map<String, String> readAs, List<String> ignored) {
        Map<String, String> known = new LinkedHashMap<>();
        type.required.forEach(c -> known.put(c.toLowerCase(Locale.ROOT), c));
        type.optional.forEach(c -> known.put(c.toLowerCase(Locale.ROOT), c));
        RosterFileType.COMMON.forEach(c -> known.put(c.toLowerCase(Locale.ROOT), c));
        List<String> columns = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (String field : header) {
            String written = field.strip();
            String column = known.get(written.toLowerCase(Locale.ROOT));
            columns.add(column);
            if (column != null) {
                seen.add(column);
            }
        }
        // Misspelt optional headers, read as the one column they are closest to, once the exact ones are placed.
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i) == null) {
                String written = header.get(i).strip();
                Optional<String> near = nearest(written, type, seen);
                near.ifPresent(seen::add);
                near.ifPresent(c -> readAs.put(written, c));
                if (near.isPresent()) {
                    columns.set(i, near.get());
                } else if (!written.isEmpty()) {
                    ignored.add(written);
                }
            }
        }
        List<FieldError> missing = type.required.stream()
                .filter(c -> !seen.contains(c))
                .map(c -> new FieldError(name, "has no " + c + " column"))
                .toList();
        if (!missing.isEmpty()) {
            throw new ProblemException(
                    422,
                    "oneroster-file",
                    "Not a OneRoster file",
                    name + " is not a OneRoster " + type.fileName + ": its header lacks the columns the standard"
                            + " requires (" + String.join(", ", type.required) + "). Nothing was imported.",
                    missing);
        }
        return columns;
    }

    /** The optional column a header is a typo of: one or two edits away, from one column only. */
    private static Optional<String> nearest(String written, RosterFileType type, List<String> seen) {
        String lower = written.toLowerCase(Locale.ROOT);
        if (lower.length() < 4 || lower.startsWith("ext_") || lower.startsWith("metadata.")) {
            return Optional.empty();
        }
        List<String> candidates = new ArrayList<>(type.optional);
        candidates.addAll(RosterFileType.COMMON);
        int best = Integer.MAX_VALUE;
        List<String> nearest = new ArrayList<>();
        for (String column : candidates) {
            if (seen.contains(column)) {
                continue;
            }
            int d = DISTANCE.apply(lower, column.toLowerCase(Locale.ROOT));
            if (d >= 0 && d < best) {
                best = d;
                nearest.clear();
                nearest.add(column);
            } else if (d >= 0 && d == best) {
                nearest.add(column);
            }
        }
        return nearest.size() == 1 ? Optional.of(nearest.get(0)) : Optional.empty();
    }

    private static List<CSVRecord> records(String name, String text) {
        try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
            return parser.getRecords();
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            Throwable cause = e instanceof UncheckedIOException u && u.getCause() != null ? u.getCause() : e;
            throw unreadable(name, "is not RFC 4180 CSV: " + cause.getMessage());
        }
    }

    static ProblemException unreadable(String name, String why) {
        return new ProblemException(
                400,
                "oneroster-csv",
                "Unreadable OneRoster CSV",
                name + " " + why + " Nothing was imported.",
                List.of(new FieldError(name, why)));
    }
}
