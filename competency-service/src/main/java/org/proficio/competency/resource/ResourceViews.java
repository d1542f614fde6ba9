package org.proficio.competency.resource;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What clients get back about learning resources. */
public final class ResourceViews {

    private ResourceViews() {}

    @Schema(name = "LearningResource")
    public record ResourceView(
            UUID id,
            UUID competencyId,
            UUID frameworkId,
            String title,
            String link,
            LearningResource.Modality modality,
            int expectedMinutes,
            String description,
            String language,
            String createdBy,
            OffsetDateTime createdAt,
            OffsetDateTime updatedAt,
            @Schema(description = "also the ETag") int revision) {

        static ResourceView of(LearningResource r) {
            return new ResourceView(
                    r.id,
                    r.competencyId,
                    r.frameworkId,
                    r.title,
                    r.link,
                    r.modality,
                    r.expectedMinutes,
                    r.description,
                    r.language,
                    r.createdBy,
                    r.createdAt,
                    r.updatedAt,
                    r.revision);
        }
    }
}
