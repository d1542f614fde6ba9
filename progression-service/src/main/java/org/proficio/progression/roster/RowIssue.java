package org.proficio.progression.roster;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Something in one row of a OneRoster file that the import could not take as written, and what it did instead. */
@Schema(name = "OneRosterRowIssue")
public record RowIssue(
        @Schema(examples = "users.csv") String file,

        @Schema(
                description = "row number as a spreadsheet shows it (the header is row 1); 1 for the header itself",
                examples = "4")
        int row,

        @Schema(description = "the row's sourcedId, when it has one", examples = "usr-222-66778899")
        String sourcedId,

        @Schema(examples = "grades") String column,

        @Schema(examples = "\"Grade 9\" is not a grade level (e.g. 09, KG); left empty")
        String issue) {}
