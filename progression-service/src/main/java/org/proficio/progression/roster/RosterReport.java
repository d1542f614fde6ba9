package org.proficio.progression.roster;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.proficio.progression.learner.Tally;

/** What a OneRoster import read and wrote, and every row it could not take as written. */
@Schema(name = "OneRosterImportReport")
public record RosterReport(
        @Schema(description = "oneroster.version of the manifest; null without one", examples = "1.1")
        String version,

        @Schema(description = "how learners are named: the users.csv column that became the learner id")
        LearnerKey learnerId,

        List<FileRead> files,

        @Schema(description = "files of the upload this import does not read (the manifest, demographics, ...)")
        List<String> ignoredFiles,

        Tally schools,
        Tally learners,
        Tally enrollments,

        @Schema(description = "enrollments of status tobedeleted whose course was taken off the plan")
        int withdrawn,

        @Schema(description = "how many row issues there are; rowIssues lists the first 1,000")
        int issueCount,

        List<RowIssue> rowIssues) {

    static final int MAX_ISSUES = 1000;

    @Schema(name = "OneRosterFileRead")
    public record FileRead(
            @Schema(examples = "users.csv") String name,

            @Schema(description = "data rows, the header not counted")
            int rows,

            @Schema(description = "misspelt headers, as written, and the column each was read as")
            Map<String, String> readAs,

            @Schema(description = "headers of no column the import reads (ext_*, metadata.*, others)")
            List<String> ignoredColumns) {

        static FileRead of(RosterTable table) {
            return new FileRead(table.name, table.rows.size(), table.readAs, table.ignoredColumns);
        }
    }
}
