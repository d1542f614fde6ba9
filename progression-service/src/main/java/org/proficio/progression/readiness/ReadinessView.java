package org.proficio.progression.readiness;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.proficio.progression.readiness.ReadinessDenied.Unmet;

@Schema(
        name = "TargetReadiness",
        description = "An attempt at an assessment of the competency that assessment-service refused, until a later"
                + " summative score on it")
public record ReadinessView(
        UUID assessmentId,

        @Schema(enumeration = {"FORMATIVE", "INTERIM", "SUMMATIVE"})
        String assessmentKind,

        @Schema(
                description = "NOT_READY: the readiness policy of the attempt is unmet; RETEST_REFUSED: the"
                        + " retest policy is",
                enumeration = {"NOT_READY", "RETEST_REFUSED"})
        String state,

        int attempt,

        @Schema(description = "the conditions she has still to meet")
        List<Unmet> unmet,

        OffsetDateTime deniedAt) {}
