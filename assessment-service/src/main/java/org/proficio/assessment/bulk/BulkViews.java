package org.proficio.assessment.bulk;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.proficio.platform.problem.Problem;

/** What clients get back from a bulk submission: one result per item, in the order sent. */
public final class BulkViews {

    private BulkViews() {}

    public enum ItemStatus {
        /** Stored with its events. */
        ACCEPTED,
        /** Refused; nothing of it was written ({@code problem} says why). */
        REJECTED
    }

    @Schema(name = "BulkEvidenceResult")
    public record BulkResult(
            @Schema(description = "How many items were stored")
            int accepted,

            @Schema(description = "How many items were refused")
            int rejected,

            @Schema(description = "One result per item, in the order of the request")
            List<ItemResult> items) {

        static BulkResult of(List<ItemResult> items) {
            int accepted = (int) items.stream()
                    .filter(i -> i.status() == ItemStatus.ACCEPTED)
                    .count();
            return new BulkResult(accepted, items.size() - accepted, items);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "BulkEvidenceItemResult")
    public record ItemResult(
            @Schema(description = "Position of the item in the request, from 0")
            int index,

            ItemStatus status,

            @Schema(description = "The stored evidence (ACCEPTED only)")
            UUID evidenceId,

            @Schema(description = "The item's sourceId, when it sent one")
            String sourceId,

            @Schema(
                    description = "Why the item was refused (REJECTED only): the status and problem the same"
                            + " item would get from POST /api/v1/evidence, field names relative to the item")
            Problem problem) {

        static ItemResult accepted(int index, UUID evidenceId, String sourceId) {
            return new ItemResult(index, ItemStatus.ACCEPTED, evidenceId, sourceId, null);
        }

        static ItemResult rejected(int index, String sourceId, Problem problem) {
            return new ItemResult(index, ItemStatus.REJECTED, null, sourceId, problem);
        }
    }
}
