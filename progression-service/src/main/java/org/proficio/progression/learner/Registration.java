package org.proficio.progression.learner;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What registering one learner did. */
@Schema(name = "LearnerRegistration")
public record Registration(
        @Schema(examples = "s-0001") String learnerId,
        Outcome outcome,

        @Schema(description = "the learner's revision after the request (her ETag)", examples = "2")
        int revision) {

    /** CREATED: new to the district; UPDATED: her details changed; UNCHANGED: she already read so. */
    public enum Outcome {
        CREATED,
        UPDATED,
        UNCHANGED
    }
}
