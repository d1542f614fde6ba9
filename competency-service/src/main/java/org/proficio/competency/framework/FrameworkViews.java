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

            @Schema(description = "CASE identifier, shared by all versions of the framework")
            String identifier,

            String title,
            String subject,
            List<String> subjects,
            List<String> educationLevels,
            String version,
            String language,
            String description,
            String licence,
            String sourceUri,
            Framework.Origin origin,
            Framework.Status status,

            @Schema(description = "The published version this one replaces")
            UUID supersedesId,

            OffsetDateTime createdAt,
            OffsetDateTime publishedAt,
            OffsetDateTime retiredAt,
            int revision,
            List<ScaleLevelView> scale,
            List<CompetencyView> competencies) {

        public static FrameworkView of(Framework f) {
            return new FrameworkView(
                    f.id,
                    f.identifier,
                    f.title,
                    f.subject,
                    f.subjects,
                    f.educationLevels,
                    f.version,
                    f.language,
                    f.description,
                    f.licence,
                    f.sourceUri,
                    f.origin,
                    f.status,
                    f.supersedesId,
                    f.createdAt,
                    f.publishedAt,
                    f.retiredAt,
                    f.revision,
                    f.scale.stream().map(ScaleLevelView::of).toList(),
                    f.competencies.stream().map(CompetencyView::of).toList());
        }
    }

    @Schema(name = "FrameworkSummary")
    public record FrameworkSummary(
            UUID id,
            String identifier,
            String title,
            String subject,
            List<String> subjects,
            String version,
            Framework.Origin origin,
            Framework.Status status,
            UUID supersedesId,
            OffsetDateTime createdAt,
            OffsetDateTime publishedAt) {

        static FrameworkSummary of(Framework f) {
            return new FrameworkSummary(
                    f.id,
                    f.identifier,
                    f.title,
                    f.subject,
                    f.subjects,
                    f.version,
                    f.origin,
                    f.status,
                    f.supersedesId,
                    f.createdAt,
                    f.publishedAt);
        }
    }

    @Schema(name = "Competency")
    public record CompetencyView(
            UUID id,

            @Schema(description = "CASE identifier, kept across versions")
            String identifier,

            @Schema(description = "Human coding scheme, e.g. 6.RP.A.1; may be absent for imported items")
            String code,

            String statement,
            String abbreviatedStatement,
            Competency.Kind kind,
            String itemType,
            List<String> educationLevels,
            List<String> keywords,
            UUID parentId,
            int position) {

        public static CompetencyView of(Competency c) {
            return new CompetencyView(
                    c.id,
                    c.identifier,
                    c.code,
                    c.statement,
                    c.abbreviatedStatement,
                    c.kind,
                    c.itemType,
                    c.educationLevels,
                    c.keywords,
                    c.parentId,
                    c.position);
        }
    }

    @Schema(name = "ScaleLevel")
    public record ScaleLevelView(String code, String label, String description, BigDecimal score, boolean proficient) {

        static ScaleLevelView of(ScaleLevel l) {
            return new ScaleLevelView(l.code, l.label, l.description, l.score, l.proficient);
        }
    }
}
