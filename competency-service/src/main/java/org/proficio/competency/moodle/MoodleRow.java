package org.proficio.competency.moodle;

import java.util.List;

/**
 * One data row of a Moodle competency framework CSV, as written (trimmed; absent columns are empty strings).
 *
 * @param row the row number as a spreadsheet shows it (the header is row 1)
 * @param related the cross-referenced ID numbers, {@code %2C} decoded back to commas
 * @param taxonomies the framework row's taxonomy term per tree level (top level first)
 */
record MoodleRow(
        int row,
        String parentIdNumber,
        String idNumber,
        String shortName,
        String description,
        String descriptionFormat,
        String scaleValues,
        String scaleConfiguration,
        String ruleType,
        String ruleOutcome,
        String ruleConfig,
        List<String> related,
        String exportedId,
        boolean framework,
        List<String> taxonomies) {}
