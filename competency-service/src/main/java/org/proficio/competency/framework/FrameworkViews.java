package org.proficio.competency.framework;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What clients get back about frameworks. */
public final class FrameworkViews {

    private FrameworkViews() {}

    @Schema(name = "Framework")
    public record FrameworkView(
            UUID id,
            String title,
            String subject,
            String version,
            String language,
            Framework.Status status,
            OffsetDateTime createdAt,
            OffsetDateTime publishedAt,
            int revision,
            List<ScaleLevelView> scale,
            List<CompetencyView> competencies) {

        static FrameworkView of(Framework f) {
            return new FrameworkView(
                    f.id,
                    f.title,
                    f.subject,
                    f.version,
                    f.language,
                    f.status,
                    f.createdAt,
                    f.publishedAt,
                    f.revision,
                    f.scale.stream().map(ScaleLevelView::of).toList(),
                    f.competencies.stream().map(CompetencyView::of).toList());
        }
    }

    @Schema(name = "FrameworkSummary")
    public record FrameworkSummary(
            UUID id,
            String title,
            String subject,
            String version,
            Framework.Status status,
            OffsetDateTime createdAt,
            OffsetDateTime publishedAt) {

        static FrameworkSummary of(Framework f) {
            return new FrameworkSummary(f.id, f.title, f.subject, f.version, f.status, f.createdAt, f.publishedAt);
        }
    }

    @Schema(name = "Competency")
    public record CompetencyView(UUID id, String code, String statement, UUID parentId, int position) {

        static CompetencyView of(Competency c) {
            return new CompetencyView(c.id, c.code, c.statement, c.parentId, c.position);
        }
    }

    @Schema(name = "ScaleLevel")
    public record ScaleLevelView(String code, String label, BigDecimal score, boolean proficient) {

        static ScaleLevelView of(ScaleLevel l) {
            return new ScaleLevelView(l.code, l.label, l.score, l.proficient);
        }
    }
}
