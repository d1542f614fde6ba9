package org.proficio.progression.policy;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.proficio.platform.outbox.Outbox;
import org.proficio.platform.paging.OpaqueCursor;
import org.proficio.platform.problem.IfMatch;
import org.proficio.platform.problem.Problem.FieldError;
import org.proficio.platform.problem.ProblemException;
import org.proficio.platform.time.DatabaseTime;
import org.proficio.progression.catalog.CatalogService;
import org.proficio.progression.mastery.MasteryService;
import org.proficio.progression.mastery.MasteryService.Preview;
import org.proficio.progression.mastery.StandingChange;
import org.proficio.progression.policy.PolicyViews.DryRunView;
import org.proficio.progression.policy.PolicyViews.PoliciesView;
import org.proficio.progression.policy.PolicyViews.PolicyChangeView;
import org.proficio.progression.policy.PolicyViews.PolicyInput;
import org.proficio.progression.policy.PolicyViews.PolicyView;
import org.proficio.progression.policy.PolicyViews.StatusChangeView;

/**
 * A district's mastery policies: the district's own (scope {@code frameworkId} null) and per-framework overrides,
 * versioned. A change stores a new version and judges again, in the same transaction, every standing the scope's
 * policy judges, and announces itself (MasteryPolicyChanged).
 */
@ApplicationScoped
public class PolicyService {

    private final PolicyRepository policies;
    private final CatalogService catalog;
    private final MasteryService mastery;
    private final Outbox outbox;

    public PolicyService(PolicyRepository policies, CatalogService catalog, MasteryService mastery, Outbox outbox) {
        this.policies = policies;
        this.catalog = catalog;
        this.mastery = mastery;
        this.outbox = outbox;
    }

    /** The district's policy (built-in when it has none) and every framework override. */
    @WithSession
    public Uni<PoliciesView> current(@NotNull String district) {
        return policies.currentOfDistrict(district).map(stored -> {
            PolicyView own = stored.stream()
                    .filter(p -> p.frameworkId == null)
                    .findFirst()
                    .map(PolicyView::of)
                    .orElseGet(() -> PolicyView.of(PolicyInForce.BUILT_IN, null));
            List<PolicyView> overrides = stored.stream()
                    .filter(p -> p.frameworkId != null)
                    .map(PolicyView::of)
                    .toList();
            return new PoliciesView(own, overrides);
        });
    }

    /**
     * The policy in force for a scope: the district's ({@code frameworkId} null) or the one that judges the
     * framework's competencies (its override, else the district's).
     */
    @WithSession
    public Uni<PolicyView> inForce(@NotNull String district, UUID frameworkId) {
        return catalog.requireFramework(district, frameworkId)
                .chain(() -> policies.inForce(district, frameworkId))
                .chain(inForce -> inForce.id() == null
                        ? Uni.createFrom().item(PolicyView.of(inForce, null))
                        : policies.findById(inForce.id()).map(PolicyView::of));
    }

    /**
     * Stores the input as the scope's next version and judges the scope's standings again.
     *
     * @param expectedVersion from If-Match; null skips the check
     */
    @WithTransaction
    public Uni<PolicyChangeView> change(
            @NotNull String district,
            UUID frameworkId,
            @NotNull @Valid PolicyInput input,
            Integer expectedVersion,
            @NotNull String by) {
        checkParameters(input);
        return catalog.requireFramework(district, frameworkId)
                .chain(() -> policies.current(district, frameworkId))
                .map(current -> {
                    int version = current == null ? 0 : current.version;
                    IfMatch.check(expectedVersion, version, "The policy");
                    return next(district, frameworkId, input, version + 1, by);
                })
                .chain(next -> policies.persistAndFlush(next)
                        .chain(() -> mastery.rejudge(district, frameworkId, by))
                        .call(tally ->
                                outbox.add(district, MasteryPolicyChanged.of(district, PolicyView.of(next), tally)))
                        .map(tally -> new PolicyChangeView(
                                PolicyView.of(next),
                                tally.judged(),
                                tally.changed(),
                                tally.up(),
                                tally.down(),
                                tally.valuesOnly())));
    }

    /**
     * What storing the input as the scope's next version would change now, written nowhere: the counts, and one page
     * of the standings whose status would change (by learner id, then competency id).
     *
     * @param after the cursor of the previous page, null for the first
     */
    @WithSession
    public Uni<DryRunView> dryRun(
            @NotNull String district, UUID frameworkId, @NotNull @Valid PolicyInput input, String after, int limit) {
        checkParameters(input);
        String[] position = after == null ? null : decodeCursor(after);
        return catalog.requireFramework(district, frameworkId)
                .chain(() -> currentVersion(district, frameworkId))
                .chain(version -> {
                    PolicyInForce proposed =
                            new PolicyInForce(UUID.randomUUID(), version + 1, frameworkId, input.policy());
                    return mastery.preview(district, frameworkId, proposed)
                            .map(preview -> dryRunView(proposed, preview, position, limit));
                });
    }

    private Uni<Integer> currentVersion(String district, UUID frameworkId) {
        return policies.current(district, frameworkId).map(current -> current == null ? 0 : current.version);
    }

    private static DryRunView dryRunView(PolicyInForce proposed, Preview preview, String[] position, int limit) {
        List<StandingChange> changes = preview.changes();
        List<StandingChange> statusChanges =
                changes.stream().filter(StandingChange::statusChanged).toList();
        int up = (int) statusChanges.stream().filter(StandingChange::up).count();
        List<StandingChange> rest = statusChanges.stream()
                .filter(c -> position == null
                        || c.learnerId().compareTo(position[0]) > 0
                        || (c.learnerId().equals(position[0])
                                && c.competencyId().toString().compareTo(position[1]) > 0))
                .toList();
        List<StandingChange> page = rest.subList(0, Math.min(limit, rest.size()));
        String next = rest.size() > limit ? encodeCursor(page.get(page.size() - 1)) : null;
        return new DryRunView(
                PolicyView.of(proposed, null),
                preview.judged(),
                statusChanges.size(),
                up,
                statusChanges.size() - up,
                changes.size() - statusChanges.size(),
                page.stream().map(StatusChangeView::of).toList(),
                next);
    }

    private static String encodeCursor(StandingChange last) {
        return OpaqueCursor.encode(last.learnerId(), last.competencyId());
    }

    private static String[] decodeCursor(String cursor) {
        List<String> values = OpaqueCursor.decode(cursor, 2, "this dry run");
        try {
            UUID.fromString(values.get(1));
        } catch (IllegalArgumentException e) {
            throw OpaqueCursor.refused("this dry run");
        }
        return values.toArray(String[]::new);
    }

    /** A weight or an n given to an algorithm that does not use it is a mistake worth telling, not ignoring. */
    private static void checkParameters(PolicyInput input) {
        List<FieldError> errors = new ArrayList<>();
        boolean weighted =
                input.algorithm() == Algorithm.WEIGHTED_AVERAGE || input.algorithm() == Algorithm.DECAYING_AVERAGE;
        if (input.weight() != null && !weighted) {
            errors.add(new FieldError("weight", "applies to WEIGHTED_AVERAGE and DECAYING_AVERAGE only"));
        }
        if (input.requiredCount() != null && input.algorithm() != Algorithm.N_TIMES_PROFICIENT) {
            errors.add(new FieldError("requiredCount", "applies to N_TIMES_PROFICIENT only"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    private static PolicyVersion next(String district, UUID frameworkId, PolicyInput input, int version, String by) {
        MasteryPolicy policy = input.policy();
        PolicyVersion next = new PolicyVersion();
        next.id = UUID.randomUUID();
        next.district = district;
        next.frameworkId = frameworkId;
        next.version = version;
        next.algorithm = policy.algorithm();
        next.weight = policy.weight();
        next.requiredCount = policy.requiredCount();
        next.minEvidence = policy.minEvidence();
        next.requirePerformance = policy.requirePerformance();
        next.requireSummative = policy.requireSummative();
        next.strugglingAfter = policy.strugglingAfter();
        next.createdAt = DatabaseTime.now();
        next.createdBy = by;
        return next;
    }
}
