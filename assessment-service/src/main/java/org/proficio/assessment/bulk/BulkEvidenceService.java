package org.proficio.assessment.bulk;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.function.Predicate;
import org.proficio.assessment.bulk.BulkItems.Item;
import org.proficio.assessment.bulk.BulkRequests.NewEvidenceBulk;
import org.proficio.assessment.bulk.BulkViews.BulkResult;
import org.proficio.assessment.bulk.BulkViews.ItemResult;
import org.proficio.assessment.evidence.EvidenceIntake;
import org.proficio.assessment.evidence.EvidenceRequests.NewEvidence;
import org.proficio.assessment.evidence.Submitter;
import org.proficio.assessment.idempotency.Idempotency;
import org.proficio.assessment.idempotency.Idempotent;
import org.proficio.assessment.readiness.AttemptRefused;
import org.proficio.assessment.readiness.Denials;
import org.proficio.platform.problem.ProblemException;

/**
 * Takes in up to {@link BulkRequests#MAX_ITEMS} pieces of evidence in one transaction, one item after the other
 * through {@link EvidenceIntake}: an item that fails its checks is refused alone and nothing of it is written (the
 * checks write nothing); every other item is stored whole with its events. A failure of the database fails the whole
 * request and writes nothing at all, so that the client can retry it under the same Idempotency-Key.
 */
@ApplicationScoped
public class BulkEvidenceService {

    /** Names the operation in Idempotency-Key hashes, so a key reused on another endpoint never replays this. */
    static final String OPERATION = "POST /api/v1/evidence/bulk";

    private final BulkItems reader;
    private final EvidenceIntake intake;
    private final Idempotency idempotency;
    private final Denials denials;

    public BulkEvidenceService(BulkItems reader, EvidenceIntake intake, Idempotency idempotency, Denials denials) {
        this.reader = reader;
        this.intake = intake;
        this.idempotency = idempotency;
        this.denials = denials;
    }

    /**
     * Stores the acceptable items and answers one result per item; with an Idempotency-Key, a repeat of the same
     * request returns the first answer instead.
     *
     * @param who the submitter of every item; its lookups serve the whole request
     * @param mayAddress whether the caller may submit evidence about a learner (students: only themselves)
     * @param idempotencyKey the client's Idempotency-Key header, or null
     */
    @WithTransaction
    public Uni<Idempotent<BulkResult>> submit(
            @NotNull Submitter who,
            @NotNull Predicate<String> mayAddress,
            String idempotencyKey,
            NewEvidenceBulk request) {
        List<Item> items = reader.read(request);
        return idempotency.once(
                who.district(),
                who.name(),
                idempotencyKey,
                OPERATION,
                BulkItems.fingerprint(items),
                BulkResult.class,
                () -> Multi.createFrom()
                        .iterable(items)
                        .onItem()
                        .transformToUniAndConcatenate(item -> take(who, mayAddress, item))
                        .collect()
                        .asList()
                        .map(BulkResult::of));
    }

    /** Checks one item and stores it if it passes; only the checks' refusals become a REJECTED result. */
    private Uni<ItemResult> take(Submitter who, Predicate<String> mayAddress, Item item) {
        if (item.refusal() != null) {
            return Uni.createFrom().item(ItemResult.rejected(item.index(), item.sourceId(), item.refusal()));
        }
        NewEvidence request = item.request();
        if (!mayAddress.test(request.learnerId())) {
            return Uni.createFrom()
                    .item(rejected(
                            item,
                            ProblemException.forbidden(
                                    "You may not submit evidence about learner " + request.learnerId() + ".")));
        }
        return intake.check(who, request).onItemOrFailure().transformToUni((checked, failure) -> {
            if (failure == null) {
                return intake.store(who, checked)
                        .call(EvidenceIntake::writeOut)
                        .map(stored -> ItemResult.accepted(item.index(), stored.id(), stored.sourceId()));
            }
            if (failure instanceof ProblemException refusal) {
                return refused(who, refusal).replaceWith(rejected(item, refusal));
            }
            return Uni.createFrom().failure(failure);
        });
    }

    /**
     * What a refused item leaves behind: nothing of the item itself, but a refused attempt (readiness, retest) adds
     * its ReadinessDenied event, which commits with the request's transaction so that support can act.
     */
    private Uni<Void> refused(Submitter who, ProblemException refusal) {
        return refusal instanceof AttemptRefused attempt
                ? denials.add(who.district(), attempt)
                : Uni.createFrom().voidItem();
    }

    private static ItemResult rejected(Item item, ProblemException refusal) {
        return ItemResult.rejected(item.index(), item.sourceId(), refusal.toProblem(null));
    }
}
