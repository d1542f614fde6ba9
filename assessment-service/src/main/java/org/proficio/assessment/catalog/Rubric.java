package org.proficio.assessment.catalog;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.proficio.catalog.CatalogRubric;
import org.proficio.catalog.CatalogRubricCriterion;
import org.proficio.catalog.CatalogRubricLevel;

/**
 * A rubric of a published framework: criteria, each about one competency, with what the work looks like at each level
 * of the framework's scale. Raters score evidence per criterion on these levels.
 */
public record Rubric(UUID id, UUID frameworkId, String title, List<Criterion> criteria) {

    public Rubric {
        criteria = List.copyOf(criteria);
    }

    /**
     * One criterion.
     *
     * @param competencyId the competency it judges, or null when it applies to every competency of the rubric
     */
    public record Criterion(
            UUID id, UUID competencyId, String description, BigDecimal weight, List<Descriptor> levels) {

        public Criterion {
            levels = List.copyOf(levels);
        }

        /** Whether a rater scoring {@code competency} answers this criterion. */
        public boolean judges(UUID competency) {
            return competencyId == null || competencyId.equals(competency);
        }

        /** The descriptor of the scale level with this code, if the criterion describes it. */
        public Optional<Descriptor> level(String scaleLevel) {
            return levels.stream()
                    .filter(d -> scaleLevel.equals(d.scaleLevel()))
                    .findFirst();
        }
    }

    /** What the work looks like at one scale level of a criterion. */
    public record Descriptor(String scaleLevel, String quality, String description) {}

    /** The criteria a rater answers when scoring this competency. */
    public List<Criterion> criteriaFor(UUID competencyId) {
        return criteria.stream().filter(c -> c.judges(competencyId)).toList();
    }

    public Optional<Criterion> criterion(UUID criterionId) {
        return criteria.stream().filter(c -> c.id().equals(criterionId)).findFirst();
    }

    static Rubric of(
            CatalogRubric rubric, List<CatalogRubricCriterion> criteria, List<CatalogRubricLevel> descriptors) {
        Map<UUID, List<Descriptor>> byCriterion = descriptors.stream()
                .collect(Collectors.groupingBy(
                        d -> d.criterionId,
                        Collectors.mapping(
                                d -> new Descriptor(d.scaleLevel, d.quality, d.description), Collectors.toList())));
        return new Rubric(
                rubric.id,
                rubric.frameworkId,
                rubric.title,
                criteria.stream()
                        .map(c -> new Criterion(
                                c.id,
                                c.competencyId,
                                c.description,
                                c.weight,
                                byCriterion.getOrDefault(c.id, List.of())))
                        .toList());
    }
}
