package org.proficio.assessment.evidence;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What clients send to submit evidence. */
public final class EvidenceRequests {

    /** Ids from other systems: printable ASCII without spaces, so they survive URLs, logs and CSV exports. */
    static final String EXTERNAL_ID = "\\p{Graph}+";

    static final String EXTERNAL_ID_MESSAGE = "must be printable ASCII characters without spaces";

    private EvidenceRequests() {}

    @Schema(name = "NewEvidence", description = "A learner's work as evidence of one competency, with its final score.")
    public record NewEvidence(
            @NotNull
            @Size(max = 100)
            @Pattern(regexp = EXTERNAL_ID, message = EXTERNAL_ID_MESSAGE)
            @Schema(description = "The district's learner id", examples = "s-0001")
            String learnerId,

            @NotNull @Schema(description = "A competency of a published framework of your district")
            UUID competencyId,

            @NotNull @Valid AssessmentInfo assessment,

            @NotBlank
            @Size(max = 50)
            @Schema(description = "Code of a level of the framework's scale", examples = "developing")
            String level,

            @Size(max = 200)
            @Pattern(regexp = EXTERNAL_ID, message = EXTERNAL_ID_MESSAGE)
            @Schema(description = "Your own id for this evidence", examples = "lms-123")
            String sourceId,

            @Schema(
                    description = "When the work was done or observed; defaults to now",
                    examples = "2026-11-20T10:15:00Z")
            OffsetDateTime observedAt,

            @Valid ArtifactRef artifact) {}

    @Schema(name = "AssessmentInfo", description = "The assessment the evidence comes from.")
    public record AssessmentInfo(
            @NotBlank @Size(max = 300) @Schema(examples = "Exit ticket")
            String title,

            @NotNull AssessmentKind kind,
            @NotNull Modality modality) {}

    @Schema(name = "ArtifactRef", description = "A link to the learner's work.")
    public record ArtifactRef(
            @NotBlank
            @Size(max = 2000)
            @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL")
            @Schema(examples = "https://lms.example.org/submissions/123")
            String url,

            @Size(max = 255)
            @Pattern(regexp = "[\\w.+-]+/[\\w.+-]+", message = "must be a media type like application/pdf")
            @Schema(examples = "application/pdf")
            String mediaType,

            @Size(max = 300) @Schema(examples = "Ratio tables worksheet")
            String title) {}
}
