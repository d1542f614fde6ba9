package org.proficio.competency.moodle;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The columns of Moodle's competency framework CSV (admin/tool/lpimportcsv), with the header spellings Moodle has
 * used: before 3.4 ({@code "Parent id number"}, {@code "Shortname"}, ...) and after ({@code "Parent ID number"},
 * {@code "Short name"}, ...). Headers are matched ignoring case, spaces and punctuation.
 */
enum MoodleColumn {
    PARENT_ID_NUMBER(true, "Parent ID number", "Parent id number"),
    ID_NUMBER(true, "ID number", "Id number"),
    SHORT_NAME(true, "Short name", "Shortname"),
    DESCRIPTION(false, "Description"),
    DESCRIPTION_FORMAT(false, "Description format"),
    SCALE_VALUES(true, "Scale values"),
    SCALE_CONFIGURATION(true, "Scale configuration"),
    RULE_TYPE(false, "Rule type (optional)", "Rule type"),
    RULE_OUTCOME(false, "Rule outcome (optional)", "Rule outcome"),
    RULE_CONFIG(false, "Rule config (optional)", "Rule config"),
    RELATED_ID_NUMBERS(false, "Cross-referenced competency ID numbers", "Cross referenced competency id numbers"),
    EXPORTED_ID(false, "Exported ID (optional)", "Exported id"),
    IS_FRAMEWORK(true, "Is framework"),
    TAXONOMY(false, "Taxonomy");

    private final boolean required;
    private final String header;
    private final List<String> spellings;

    MoodleColumn(boolean required, String header, String... older) {
        this.required = required;
        this.header = header;
        this.spellings = Stream.concat(Stream.of(header), Arrays.stream(older))
                .map(MoodleColumn::normalize)
                .toList();
    }

    /** Whether an import without this column is refused. */
    boolean required() {
        return required;
    }

    /** The header as Moodle writes it today (tool_lpimportcsv's English strings), for messages. */
    String header() {
        return header;
    }

    /** The column a header names, if any. */
    static Optional<MoodleColumn> of(String header) {
        String key = normalize(header);
        return Arrays.stream(values()).filter(c -> c.spellings.contains(key)).findFirst();
    }

    private static String normalize(String header) {
        return header.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
