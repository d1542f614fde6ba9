package org.proficio.competency.moodle;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Something in one row that the import could not take as written, and what it did instead. Not fatal: the rest of
 * the framework is imported.
 */
@Schema(name = "MoodleRowIssue")
public record RowIssue(
        @Schema(description = "row number as a spreadsheet shows it (the header is row 1)", examples = "14")
        int row,

        @Schema(examples = "DR-AT-9") String idNumber,
        @Schema(examples = "Parent ID number") String column,

        @Schema(examples = "names no competency of the file (\"delivry\"); imported as a top-level competency.")
        String issue) {}
