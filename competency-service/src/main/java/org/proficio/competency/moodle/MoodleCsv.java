package org.proficio.competency.moodle;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.proficio.platform.json.StrictJson;
import org.proficio.platform.problem.Problem.FieldError;
import org.proficio.platform.problem.ProblemException;

/**
 * Reads the CSV that Moodle's "Export competency framework" writes (RFC 4180; quoted fields may hold HTML with CRLF
 * line breaks). What cannot be read as that format is a 400 naming the row or column; a file that reads but has no
 * framework row, or several, is a 422. Nothing about the tree is checked here.
 */
final class MoodleCsv {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180
            .builder()
            .setIgnoreEmptyLines(true)
            .setIgnoreSurroundingSpaces(false)
            .get();

    private static final String BYTE_ORDER_MARK = "\uFEFF";

    private MoodleCsv() {}

    static MoodleFile read(String text) {
        refuseNul(text);
        List<CSVRecord> records = records(text.startsWith(BYTE_ORDER_MARK) ? text.substring(1) : text);
        if (records.isEmpty()) {
            throw unreadable("The file is empty; it needs a header row and a framework row.", List.of());
        }
        Map<MoodleColumn, Integer> columns = columns(records.get(0));
        int width = records.get(0).size();
        List<FieldError> errors = new ArrayList<>();
        List<MoodleRow> rows = new ArrayList<>();
        for (CSVRecord record : records.subList(1, records.size())) {
            int row = (int) record.getRecordNumber();
            if (record.size() != width) {
                errors.add(new FieldError(
                        "rows[" + row + "]", "has " + record.size() + " fields; the header has " + width + "."));
                continue;
            }
            row(record, row, columns, errors).ifPresent(rows::add);
        }
        if (!errors.isEmpty()) {
            throw unreadable("Some rows cannot be read as Moodle competency framework rows.", errors);
        }
        return file(rows);
    }

    /** The platform's text rule (no U+0000, which PostgreSQL can't store), for a body that is not JSON. */
    private static void refuseNul(String text) {
        if (StrictJson.hasNul(text)) {
            long line = text.substring(0, text.indexOf('\u0000'))
                            .chars()
                            .filter(c -> c == '\n')
                            .count()
                    + 1;
            throw ProblemException.invalidField("line " + line, StrictJson.NUL_REFUSED);
        }
    }

    private static List<CSVRecord> records(String text) {
        try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
            return parser.getRecords();
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            // commons-csv names the line and what it found (an unclosed quote, text after a closing quote).
            throw unreadable("The file is not RFC 4180 CSV: " + message(e), List.of());
        }
    }

    private static Map<MoodleColumn, Integer> columns(CSVRecord header) {
        Map<MoodleColumn, Integer> columns = new EnumMap<>(MoodleColumn.class);
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip();
            Optional<MoodleColumn> column = MoodleColumn.of(name);
            if (column.isPresent() && columns.putIfAbsent(column.get(), i) != null) {
                errors.add(new FieldError("header", "names the column \"" + name + "\" twice."));
            }
        }
        Arrays.stream(MoodleColumn.values())
                .filter(c -> c.required() && !columns.containsKey(c))
                .forEach(c -> errors.add(new FieldError("header", "has no \"" + c.header() + "\" column.")));
        if (!errors.isEmpty()) {
            throw unreadable(
                    "The first row is not the header of a Moodle competency framework export"
                            + " (tool_lpimportcsv; e.g. \"Parent ID number\",\"ID number\",\"Short name\",...).",
                    errors);
        }
        return columns;
    }

    private static Optional<MoodleRow> row(
            CSVRecord record, int row, Map<MoodleColumn, Integer> columns, List<FieldError> errors) {
        Optional<Boolean> framework = flag(value(record, columns, MoodleColumn.IS_FRAMEWORK));
        if (framework.isEmpty()) {
            errors.add(new FieldError(
                    field(row, MoodleColumn.IS_FRAMEWORK),
                    "must be 1 or 0 (or true/false), not \"" + value(record, columns, MoodleColumn.IS_FRAMEWORK)
                            + "\"."));
            return Optional.empty();
        }
        return Optional.of(new MoodleRow(
                row,
                value(record, columns, MoodleColumn.PARENT_ID_NUMBER),
                value(record, columns, MoodleColumn.ID_NUMBER),
                value(record, columns, MoodleColumn.SHORT_NAME),
                value(record, columns, MoodleColumn.DESCRIPTION),
                value(record, columns, MoodleColumn.DESCRIPTION_FORMAT),
                value(record, columns, MoodleColumn.SCALE_VALUES),
                value(record, columns, MoodleColumn.SCALE_CONFIGURATION),
                value(record, columns, MoodleColumn.RULE_TYPE),
                value(record, columns, MoodleColumn.RULE_OUTCOME),
                value(record, columns, MoodleColumn.RULE_CONFIG),
                list(value(record, columns, MoodleColumn.RELATED_ID_NUMBERS)),
                value(record, columns, MoodleColumn.EXPORTED_ID),
                framework.get(),
                list(value(record, columns, MoodleColumn.TAXONOMY))));
    }

    private static MoodleFile file(List<MoodleRow> rows) {
        List<MoodleRow> frameworks = rows.stream().filter(MoodleRow::framework).toList();
        if (frameworks.size() != 1) {
            List<FieldError> errors = frameworks.stream()
                    .map(f -> new FieldError(field(f.row(), MoodleColumn.IS_FRAMEWORK), "marks a framework row."))
                    .toList();
            throw new ProblemException(
                    422,
                    "moodle-framework-row",
                    "Not one framework row",
                    frameworks.isEmpty()
                            ? "No row has \"Is framework\" = 1; a Moodle export has exactly one framework row."
                            : "Rows "
                                    + frameworks.stream()
                                            .map(f -> String.valueOf(f.row()))
                                            .toList()
                                    + " are all framework rows; a Moodle export has exactly one.",
                    errors);
        }
        return new MoodleFile(
                frameworks.get(0), rows.stream().filter(r -> !r.framework()).toList());
    }

    static String field(int row, MoodleColumn column) {
        return "rows[" + row + "]." + column.header();
    }

    private static String value(CSVRecord record, Map<MoodleColumn, Integer> columns, MoodleColumn column) {
        Integer index = columns.get(column);
        return index == null ? "" : record.get(index).strip();
    }

    /** Moodle's comma-separated lists; a comma inside an ID number is written as {@code %2C}. */
    private static List<String> list(String value) {
        if (value.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(value.split(","))
                .map(s -> s.replace("%2C", ",").strip())
                .filter(s -> !s.isEmpty())
                .toList();
    }

    /** PHP truthiness as Moodle applies it to "Is framework": empty and 0 are false. */
    private static Optional<Boolean> flag(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "", "0", "false", "no" -> Optional.of(false);
            case "1", "true", "yes" -> Optional.of(true);
            default -> Optional.empty();
        };
    }

    private static ProblemException unreadable(String detail, List<FieldError> errors) {
        return new ProblemException(400, "moodle-csv", "Unreadable Moodle CSV", detail, errors);
    }

    private static String message(Exception e) {
        Throwable cause = e instanceof UncheckedIOException u && u.getCause() != null ? u.getCause() : e;
        return cause.getMessage() == null ? "it cannot be parsed." : cause.getMessage();
    }
}
