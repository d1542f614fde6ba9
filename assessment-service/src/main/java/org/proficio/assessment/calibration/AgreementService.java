package org.proficio.assessment.calibration;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.proficio.assessment.assessment.Assessment;
import org.proficio.assessment.assessment.AssessmentRepository;
import org.proficio.assessment.calibration.Agreement.Figures;
import org.proficio.assessment.calibration.AgreementViews.AssessmentAgreement;
import org.proficio.assessment.calibration.AgreementViews.AssessmentFigures;
import org.proficio.assessment.calibration.AgreementViews.RaterAgreement;
import org.proficio.assessment.calibration.AgreementViews.RaterFigures;
import org.proficio.assessment.calibration.Pairs.Pair;
import org.proficio.assessment.calibration.Pairs.Tally;
import org.proficio.assessment.scoring.RaterScoreRepository;
import org.proficio.platform.problem.ProblemException;

/**
 * Agreement statistics from the rater scores of a period: per assessment (every pair of raters on the same evidence
 * and competency, entered both ways) with each rater against the others, and per rater across the district's
 * assessments. A pair counts when both of its scores fall in the period.
 */
@ApplicationScoped
public class AgreementService {

    private final RaterScoreRepository scores;
    private final AssessmentRepository assessments;

    public AgreementService(RaterScoreRepository scores, AssessmentRepository assessments) {
        this.scores = scores;
        this.assessments = assessments;
    }

    /** The agreement of the assessment's raters; 404 when the district has no such assessment. */
    @WithSession
    public Uni<AssessmentAgreement> ofAssessment(@NotNull String district, @NotNull UUID assessmentId, Period period) {
        return assessments
                .findInDistrict(district, assessmentId)
                .chain(assessment -> {
                    if (assessment == null) {
                        throw ProblemException.notFound("No assessment " + assessmentId + ".");
                    }
                    return scores.ratingsOfAssessment(district, assessmentId, period.from(), period.to());
                })
                .map(ratings -> {
                    List<Pair> pairs = Pairs.of(ratings);
                    Tally all = Pairs.symmetric(pairs);
                    Figures figures = all.figures();
                    List<RaterFigures> raters = Pairs.raters(pairs).stream()
                            .map(rater -> {
                                Figures f = Pairs.againstOthers(rater, pairs, p -> true)
                                        .figures();
                                return new RaterFigures(
                                        rater,
                                        f.pairs(),
                                        f.exactAgreement(),
                                        f.adjacentAgreement(),
                                        f.quadraticWeightedKappa());
                            })
                            .toList();
                    return new AssessmentAgreement(
                            assessmentId,
                            period.from(),
                            period.to(),
                            all.items(),
                            figures.pairs(),
                            figures.exactAgreement(),
                            figures.adjacentAgreement(),
                            figures.quadraticWeightedKappa(),
                            raters);
                });
    }

    /** The rater against the other raters of the same items, over all of the district's assessments and per one. */
    @WithSession
    public Uni<RaterAgreement> ofRater(@NotNull String district, @NotNull String rater, Period period) {
        return scores.ratingsAlongside(district, rater, period.from(), period.to())
                .chain(ratings -> {
                    List<Pair> pairs = Pairs.of(ratings);
                    List<UUID> ids = Pairs.assessments(pairs);
                    Uni<List<Assessment>> found = ids.isEmpty()
                            ? Uni.createFrom().item(List.of())
                            : assessments.list("district = ?1 and id in ?2", district, ids);
                    return found.map(list -> {
                        Map<UUID, Assessment> byId =
                                list.stream().collect(Collectors.toMap(a -> a.id, Function.identity()));
                        Tally all = Pairs.againstOthers(rater, pairs, p -> true);
                        Figures figures = all.figures();
                        List<AssessmentFigures> perAssessment = ids.stream()
                                .map(id -> {
                                    Tally one = Pairs.againstOthers(rater, pairs, p -> id.equals(p.a().assessmentId()));
                                    Figures f = one.figures();
                                    Assessment a = byId.get(id);
                                    return new AssessmentFigures(
                                            id,
                                            a == null ? null : a.title,
                                            one.items(),
                                            f.pairs(),
                                            f.exactAgreement(),
                                            f.adjacentAgreement(),
                                            f.quadraticWeightedKappa());
                                })
                                .filter(f -> f.pairs() > 0)
                                .toList();
                        return new RaterAgreement(
                                rater,
                                period.from(),
                                period.to(),
                                all.items(),
                                figures.pairs(),
                                figures.exactAgreement(),
                                figures.adjacentAgreement(),
                                figures.quadraticWeightedKappa(),
                                perAssessment);
                    });
                });
    }
}
