package org.proficio.competency.prerequisite;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.proficio.competency.framework.Competency;
import org.proficio.competency.framework.Framework;

/** What clients send and get back about prerequisites. */
public final class PrerequisiteViews {

    private PrerequisiteViews() {}

    @Schema(name = "NewPrerequisite", description = "A competency that must be mastered first.")
    public record NewPrerequisite(
            @NotNull @Schema(examples = "0d4b3b7e-5f7a-4b53-9a61-2f0d6f7c1a01")
            UUID prerequisiteId) {}

    @Schema(name = "Prerequisite", description = "One edge: the prerequisite must be mastered before the competency.")
    public record PrerequisiteEdge(
            UUID competencyId,
            UUID prerequisiteId,

            @Schema(description = "the draft framework of the competency, which owns the edge")
            UUID frameworkId,

            @Schema(description = "the CASE identifier of the precedes association")
            String identifier) {}

    @Schema(name = "PrerequisiteNode", description = "A competency on a prerequisite path.")
    public record Node(
            UUID id,
            @Schema(examples = "6.RP.A.1") String code,
            String identifier,
            String statement,
            UUID frameworkId,
            String frameworkTitle,
            Framework.Status frameworkStatus,

            @Schema(description = "linked to the competency asked about by one edge (not only through others)")
            boolean direct) {

        static Node of(Competency c, boolean direct) {
            return new Node(
                    c.id,
                    c.code,
                    c.identifier,
                    c.statement,
                    c.framework.id,
                    c.framework.title,
                    c.framework.status,
                    direct);
        }
    }

    @Schema(
            name = "PrerequisitePath",
            description = "Competencies before (prerequisites) or after (unlocks) one competency, in dependency"
                    + " order: every competency comes after the ones it requires.")
    public record PrerequisitePath(UUID competencyId, boolean transitive, List<Node> items) {}
}
