package org.proficio.progression.decision;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;
import org.proficio.platform.paging.Page;
import org.proficio.platform.paging.PageCursor;
import org.proficio.platform.problem.ProblemException;
import org.proficio.progression.catalog.CatalogService;
import org.proficio.progression.decision.DecisionViews.DecisionView;
import org.proficio.progression.decision.DecisionViews.FeedItemView;
import org.proficio.progression.decision.DecisionViews.FeedView;
import org.proficio.progression.decision.DecisionViews.InputView;
import org.proficio.progression.decision.DecisionViews.OverrideInput;
import org.proficio.progression.decision.DecisionViews.ReversalInput;
import org.proficio.progression.mastery.MasteryDecider.Outcome;
import org.proficio.progression.mastery.MasteryDecision;
import org.proficio.progression.mastery.MasteryDecisionRepository;
import org.proficio.progression.mastery.MasteryService;
import org.proficio.progression.mastery.Subject;

/** A learner's decision history on a competency, and educators' overrides of it. */
@ApplicationScoped
public class DecisionService {

    private static final TypeReference<List<InputView>> INPUTS = new TypeReference<>() {};

    private final MasteryService mastery;
    private final MasteryDecisionRepository decisions;
    private final CatalogService catalog;
    private final ObjectMapper json;

    public DecisionService(
            MasteryService mastery, MasteryDecisionRepository decisions, CatalogService catalog, ObjectMapper json) {
        this.mastery = mastery;
        this.decisions = decisions;
        this.catalog = catalog;
        this.json = json;
    }

    /**
     * One page of the learner's decisions on the competency, newest first; 404 when the district knows no such
     * competency (another district's is unknown here, like one that does not exist).
     */
    @WithSession
    public Uni<Page<DecisionView>> history(
            @NotNull String district,
            @NotNull String learnerId,
            @NotNull UUID competencyId,
            PageCursor after,
            int limit) {
        return subject(district, learnerId, competencyId)
                .chain(known -> decisions.page(district, learnerId, competencyId, after, limit + 1))
                .map(rows -> Page.of(rows, limit, this::view, d -> new PageCursor(d.decidedAt, d.id)));
    }

    /** One page of the district's decisions after a feed position, in commit order. */
    @WithSession
    public Uni<FeedView> feed(@NotNull String district, String cursor, int limit) {
        FeedCursor after = FeedCursor.decode(cursor);
        return decisions.feed(district, after.tx(), after.seq(), limit + 1).map(rows -> {
            boolean more = rows.size() > limit;
            List<MasteryDecision> shown = more ? rows.subList(0, limit) : rows;
            FeedCursor position = shown.isEmpty()
                    ? after
                    : new FeedCursor(shown.get(shown.size() - 1).tx, shown.get(shown.size() - 1).seq);
            return new FeedView(shown.stream().map(FeedItemView::of).toList(), position.encode(), more);
        });
    }

    /** Sets the status by hand; 404 when the district knows no such competency. */
    public Uni<DecisionView> override(
            @NotNull String district,
            @NotNull String learnerId,
            @NotNull UUID competencyId,
            @NotNull @Valid OverrideInput input,
            @NotNull String by) {
        return subject(district, learnerId, competencyId)
                .chain(subject ->
                        mastery.override(subject, input.status(), input.reason().strip(), by))
                .map(outcome -> view(outcome.decision()));
    }

    /** Takes the override back; 409 when none holds. */
    public Uni<DecisionView> reverse(
            @NotNull String district,
            @NotNull String learnerId,
            @NotNull UUID competencyId,
            @NotNull @Valid ReversalInput input,
            @NotNull String by) {
        return subject(district, learnerId, competencyId)
                .chain(subject ->
                        mastery.reverseOverride(subject, input.reason().strip(), by))
                .onItem()
                .ifNull()
                .failWith(() -> ProblemException.conflict(
                        "No override holds on competency " + competencyId + " for learner " + learnerId + "."))
                .map((Outcome outcome) -> view(outcome.decision()));
    }

    /** The learner on the competency, whose framework the catalog or the learner's standing names. */
    private Uni<Subject> subject(String district, String learnerId, UUID competencyId) {
        return catalog.competency(district, competencyId)
                .chain(named -> named != null
                        ? Uni.createFrom().item(named.frameworkId)
                        : mastery.standing(district, learnerId, competencyId)
                                .map(standing -> standing == null ? null : standing.frameworkId))
                .onItem()
                .ifNull()
                .failWith(() -> ProblemException.notFound("No competency " + competencyId + " in your district."))
                .map(frameworkId -> new Subject(district, learnerId, competencyId, frameworkId));
    }

    private DecisionView view(MasteryDecision decision) {
        try {
            return DecisionView.of(decision, json.readValue(decision.inputs, INPUTS));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("decision " + decision.id + " holds unreadable inputs", e);
        }
    }
}
