package org.proficio.competency.rubric;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.proficio.competency.framework.ScaleLevel;

/** What clients get back about rubrics: every descriptor in the order of the framework's scale. */
public final class RubricViews {

    private RubricViews() {}

    @Schema(name = "Rubric")
    public record RubricView(
            UUID id,

            @Schema(description = "CASE identifier; the id for rubrics created through this API")
            String identifier,

            UUID frameworkId,
            String title,
            String description,
            int position,
            List<CriterionView> criteria) {

        static RubricView of(Rubric rubric, UUID frameworkId, Scale scale) {
            return new RubricView(
                    rubric.id,
                    rubric.identifier,
                    frameworkId,
                    rubric.title,
                    rubric.description,
                    rubric.position,
                    rubric.criteria.stream()
                            .sorted(Comparator.comparingInt(c -> c.position))
                            .map(c -> CriterionView.of(c, scale))
                            .toList());
        }
    }

    @Schema(name = "RubricCriterion")
    public record CriterionView(
            UUID id,

            @Schema(description = "the competency judged; absent when it is outside the district's catalog")
            UUID competencyId,

            @Schema(description = "how CASE names the competency (code or statement)")
            String competencyTitle,

            String category,
            String description,
            BigDecimal weight,
            List<DescriptorView> levels) {

        static CriterionView of(RubricCriterion c, Scale scale) {
            return new CriterionView(
                    c.id,
                    c.competencyId,
                    c.itemTitle,
                    c.category,
                    c.description,
                    c.weight,
                    DescriptorView.inScaleOrder(c.levels, scale));
        }
    }

    @Schema(name = "RubricLevel", description = "What work at one level of the scale looks like.")
    public record DescriptorView(
            @Schema(description = "code of the framework's scale level", examples = "proficient")
            String scaleLevel,

            @Schema(examples = "Proficient") String label,
            BigDecimal score,

            @Schema(description = "whether this level counts as proficient; absent when tied to no scale level")
            Boolean proficient,

            @Schema(examples = "Describes the ratio between two quantities correctly, using ratio language.")
            String description,

            String feedback) {

        static List<DescriptorView> inScaleOrder(List<RubricLevel> levels, Scale scale) {
            return levels.stream()
                    .sorted(Comparator.<RubricLevel>comparingInt(l -> scale.position(l.scaleLevel))
                            .thenComparingInt(l -> l.position))
                    .map(l -> of(l, scale.level(l.scaleLevel)))
                    .toList();
        }

        private static DescriptorView of(RubricLevel l, ScaleLevel onScale) {
            return new DescriptorView(
                    l.scaleLevel,
                    l.quality != null ? l.quality : onScale == null ? null : onScale.label,
                    l.score != null ? l.score : onScale == null ? null : onScale.score,
                    onScale == null ? null : onScale.proficient,
                    l.description,
                    l.feedback);
        }
    }

    @Schema(name = "CompetencyRubricCriterion", description = "A rubric criterion that judges the competency.")
    public record CompetencyCriterionView(
            UUID rubricId,
            String rubricTitle,
            UUID frameworkId,
            UUID criterionId,
            String category,
            String description,
            BigDecimal weight,
            List<DescriptorView> levels) {

        static CompetencyCriterionView of(RubricCriterion c, UUID frameworkId, Scale scale) {
            return new CompetencyCriterionView(
                    c.rubric.id,
                    c.rubric.title,
                    frameworkId,
                    c.id,
                    c.category,
                    c.description,
                    c.weight,
                    DescriptorView.inScaleOrder(c.levels, scale));
        }
    }

    /** A framework's scale, looked up by level code. */
    static final class Scale {

        private final Map<String, ScaleLevel> byCode = new HashMap<>();

        Scale(List<ScaleLevel> levels) {
            levels.forEach(l -> byCode.put(l.code, l));
        }

        ScaleLevel level(String code) {
            return code == null ? null : byCode.get(code);
        }

        /** The level's place on the scale; descriptors tied to no level of it sort last. */
        int position(String code) {
            ScaleLevel level = level(code);
            return level == null ? Integer.MAX_VALUE : level.position;
        }
    }
}
