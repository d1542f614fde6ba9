package org.proficio.competency.moodle;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.proficio.competency.casepackage.ImportReport;

/**
 * What a Moodle import did: the framework written (or found unchanged), what it holds, and what could not be taken
 * as written, per row of the CSV and per object of the CASE package it became.
 *
 * @param competencies the competencies imported (every row but the framework row)
 * @param crossReferences isRelatedTo associations made from the cross-references (one per pair)
 */
@Schema(name = "MoodleImportReport")
public record MoodleImportReport(
        UUID frameworkId,

        @Schema(description = "CASE identifier of the framework: a UUIDv5 of moodle: + its ID number")
        String identifier,

        @Schema(examples = "OECD-CORE") String idNumber,
        ImportReport.Outcome outcome,
        int competencies,
        int crossReferences,
        List<MoodleScale.Level> scale,
        List<RowIssue> rowIssues,

        @Schema(description = "issues of the CASE import the file was converted to")
        List<ImportReport.Issue> caseIssues) {

    static MoodleImportReport of(String idNumber, MoodleConversion conversion, ImportReport report) {
        return new MoodleImportReport(
                report.frameworkId(),
                report.identifier(),
                idNumber,
                report.outcome(),
                report.items(),
                report.associationsByType().getOrDefault("isRelatedTo", 0),
                conversion.scale(),
                conversion.issues(),
                report.issues());
    }
}
