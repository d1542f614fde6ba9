package org.proficio.assessment.bulk;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.proficio.assessment.evidence.EvidenceRequests.NewEvidence;

/** What clients send to submit many pieces of evidence at once. */
public final class BulkRequests {

    /** Most items one bulk request may hold (the API's contract, not a tunable). */
    public static final int MAX_ITEMS = 1000;

    private BulkRequests() {}

    /**
     * The items stay JSON trees until each is read on its own, so that one item of the wrong shape is refused alone
     * instead of failing the whole request.
     */
    @Schema(
            name = "NewEvidenceBulk",
            description = "1 to " + MAX_ITEMS + " pieces of evidence, each as POST /api/v1/evidence takes it.")
    public record NewEvidenceBulk(
            @Schema(
                    type = SchemaType.ARRAY,
                    implementation = NewEvidence.class,
                    minItems = 1,
                    maxItems = MAX_ITEMS,
                    required = true)
            List<JsonNode> items) {}
}
