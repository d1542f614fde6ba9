package org.proficio.competency.search;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.proficio.competency.framework.Competency;
import org.proficio.competency.framework.Framework;

/** One competency found by a search, with the framework it belongs to. */
@Schema(name = "CompetencyHit")
public record CompetencyHit(
        UUID id,
        @Schema(examples = "6.RP.A.1") String code,

        @Schema(
                examples = "Understand the concept of a ratio and use ratio language to describe a ratio relationship"
                        + " between two quantities.")
        String statement,

        String abbreviatedStatement,
        Competency.Kind kind,
        @Schema(examples = "[\"06\"]") List<String> educationLevels,
        UUID frameworkId,

        @Schema(examples = "Ratios and Proportional Reasoning")
        String frameworkTitle,

        Framework.Status frameworkStatus,

        @Schema(description = "why it was found; absent without q")
        Match match) {

    /** Why a competency matched, best first: results are ordered by this, then by text rank. */
    public enum Match {
        /** The code equals q (ignoring case). */
        CODE,
        /** The code starts with q. */
        CODE_PREFIX,
        /** The statements or code contain the words of q. */
        TEXT
    }
}
