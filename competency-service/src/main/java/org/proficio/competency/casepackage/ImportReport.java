package org.proficio.competency.casepackage;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a CASE import did: which framework it wrote (or found unchanged), what it took, and what it could not take as
 * given.
 *
 * @param frameworkId the framework written, or the published one the package equals (UNCHANGED)
 * @param identifier the CFDocument identifier, shared by every version of the framework
 * @param associations every association kept, external ones included
 * @param externalAssociations associations with an end outside the package (kept as links)
 * @param associationsByType associations kept, per CASE association type
 */
@Schema(name = "CaseImportReport")
public record ImportReport(
        UUID frameworkId,
        String identifier,
        Outcome outcome,
        int items,
        int associations,
        int externalAssociations,
        Map<String, Integer> associationsByType,
        int rubrics,
        int definitions,
        List<Issue> issues) {

    /** What the import did to the district's catalog. */
    public enum Outcome {
        /** A new draft framework. */
        CREATED,
        /** The draft with this identifier was updated in place. */
        UPDATED,
        /** The latest version is published with the same content: nothing written. */
        UNCHANGED,
        /** The latest version is published and differs: a new draft superseding it. */
        NEW_VERSION
    }

    /**
     * A part of the package that could not be taken as given (skipped, converted or dropped).
     *
     * @param path where in the package, e.g. {@code CFItems[3].fullStatement}
     * @param identifier the identifier of the object concerned, when it has one
     */
    @Schema(name = "CaseImportIssue")
    public record Issue(String path, String identifier, String message) {}
}
