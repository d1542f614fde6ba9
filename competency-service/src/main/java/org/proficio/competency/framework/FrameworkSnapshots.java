package org.proficio.competency.framework;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.proficio.competency.course.Course;
import org.proficio.competency.course.CourseRepository;
import org.proficio.competency.resource.LearningResource;
import org.proficio.competency.resource.LearningResourceRepository;
import org.proficio.competency.rubric.Rubric;
import org.proficio.competency.rubric.RubricRepository;

/**
 * Assembles the {@code FrameworkPublished} snapshot of a framework loaded with its competencies, scale and
 * associations, adding its rubrics, learning resources and the courses that count its competencies: everything
 * downstream read models need, so that they never call back. Runs in the caller's session.
 */
@ApplicationScoped
public class FrameworkSnapshots {

    private final RubricRepository rubrics;
    private final LearningResourceRepository resources;
    private final CourseRepository courses;

    public FrameworkSnapshots(
            RubricRepository rubrics, LearningResourceRepository resources, CourseRepository courses) {
        this.rubrics = rubrics;
        this.resources = resources;
        this.courses = courses;
    }

    public Uni<FrameworkPublished> of(Framework f) {
        return rubrics.forFramework(f.id)
                .chain(rubricRows -> resources
                        .forFramework(f.id)
                        .chain(resourceRows -> courses.withCompetenciesOf(f.id)
                                .map(courseRows -> snapshot(f, rubricRows, resourceRows, courseRows))));
    }

    private static FrameworkPublished snapshot(
            Framework f, List<Rubric> rubricRows, List<LearningResource> resourceRows, List<Course> courseRows) {
        return new FrameworkPublished(
                f.id,
                f.title,
                f.version,
                f.publishedAt,
                new FrameworkPublished.Scale(f.scale.stream()
                        .map(l -> new FrameworkPublished.Level(l.code, l.label, l.score, l.proficient, l.description))
                        .toList()),
                f.competencies.stream().map(FrameworkPublished.Item::of).toList(),
                prerequisites(f),
                f.identifier,
                f.supersedesId,
                f.subjects,
                f.educationLevels,
                f.language,
                f.origin,
                rubricRows.stream().map(FrameworkSnapshots::rubric).toList(),
                resourceRows.stream()
                        .map(r -> new FrameworkPublished.ResourceSnapshot(
                                r.id, r.competencyId, r.title, r.link, r.modality.name(), r.expectedMinutes))
                        .toList(),
                courseRows.stream()
                        .map(c -> new FrameworkPublished.CourseSnapshot(
                                c.id,
                                c.code,
                                c.title,
                                c.credits,
                                c.competencyIds.stream().sorted().toList()))
                        .toList());
    }

    private static FrameworkPublished.RubricSnapshot rubric(Rubric r) {
        return new FrameworkPublished.RubricSnapshot(
                r.id,
                r.title,
                r.criteria.stream()
                        .map(c -> new FrameworkPublished.CriterionSnapshot(
                                c.id,
                                c.competencyId,
                                c.description,
                                c.weight,
                                c.levels.stream()
                                        .map(l -> new FrameworkPublished.LevelDescriptor(
                                                l.scaleLevel, l.quality, l.description, l.score))
                                        .toList()))
                        .toList());
    }

    /** The framework's precedes associations whose both ends are the district's competencies. */
    private static List<FrameworkPublished.Prerequisite> prerequisites(Framework f) {
        return f.associations.stream()
                .filter(a -> a.type.equals(Association.PRECEDES) && a.originId != null && a.destinationId != null)
                .map(a -> new FrameworkPublished.Prerequisite(a.destinationId, a.originId))
                .distinct()
                .toList();
    }
}
