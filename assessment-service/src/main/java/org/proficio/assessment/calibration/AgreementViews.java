package org.proficio.assessment.calibration;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Agreement statistics as clients get them. Percentages are 0–100; null where there is nothing to measure. */
public final class AgreementViews {

    private AgreementViews() {}

    @Schema(
            name = "AssessmentAgreement",
            description = "How well the raters of an assessment agree over a period: every two raters of the same"
                    + " evidence and competency form a pair. exactAgreement and adjacentAgreement are percentages of"
                    + " pairs (adjacent includes exact); quadraticWeightedKappa is Cohen's kappa with quadratic"
                    + " weights over a symmetric table (each pair entered in both orders), null when undefined.")
    public record AssessmentAgreement(
            UUID assessmentId,
            OffsetDateTime from,
            OffsetDateTime to,

            @Schema(description = "Evidence-competency items with at least one pair")
            long items,

            @Schema(description = "Rater pairs (unordered)") long pairs,

            @Schema(examples = "75.0") Double exactAgreement,
            @Schema(examples = "100.0") Double adjacentAgreement,
            @Schema(examples = "0.8") Double quadraticWeightedKappa,

            @Schema(description = "Each rater (rows) against the other raters of the same items (columns)")
            List<RaterFigures> raters) {}

    @Schema(name = "RaterAgreementFigures", description = "One rater against the other raters of the same items.")
    public record RaterFigures(
            String rater, long pairs, Double exactAgreement, Double adjacentAgreement, Double quadraticWeightedKappa) {}

    @Schema(
            name = "RaterAgreement",
            description = "How well one rater agrees with the other raters of the same items, across the district's"
                    + " assessments. Kappa over all assessments is null when they use scales of different sizes;"
                    + " assessments lists the figures per assessment.")
    public record RaterAgreement(
            String rater,
            OffsetDateTime from,
            OffsetDateTime to,
            long items,
            long pairs,
            Double exactAgreement,
            Double adjacentAgreement,
            Double quadraticWeightedKappa,
            List<AssessmentFigures> assessments) {}

    @Schema(name = "RaterAssessmentAgreement", description = "One rater's agreement on one assessment.")
    public record AssessmentFigures(
            UUID assessmentId,
            String title,
            long items,
            long pairs,
            Double exactAgreement,
            Double adjacentAgreement,
            Double quadraticWeightedKappa) {}
}
