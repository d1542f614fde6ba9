package org.proficio.catalog;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.proficio.platform.inbox.UnreadableEventException;

/**
 * Applies {@code PathwayDefined} to the read model: the pathway as its highest revision describes it. An older or
 * equal revision than the one held changes nothing (a replay, a reordered delivery); a pathway id held by another
 * district is refused. Runs in the caller's (the inbox's) transaction.
 */
@ApplicationScoped
public class PathwayUpdater {

    private final CatalogPathwayRepository pathways;

    public PathwayUpdater(CatalogPathwayRepository pathways) {
        this.pathways = pathways;
    }

    public Uni<Void> defined(String district, PathwayDefined defined) {
        return pathways.findById(defined.pathwayId()).chain(held -> {
            if (held != null && !held.district.equals(district)) {
                throw new UnreadableEventException("pathway " + defined.pathwayId() + " is defined for district "
                        + district + ", but it belongs to another district");
            }
            if (held != null && held.revision >= defined.revision()) {
                Log.debugf(
                        "pathway %s: revision %d is not newer than %d; ignored",
                        held.id, defined.revision(), held.revision);
                return Uni.createFrom().voidItem();
            }
            CatalogPathway pathway = held != null ? held : new CatalogPathway();
            pathway.id = defined.pathwayId();
            pathway.district = district;
            pathway.name = defined.name();
            pathway.diploma = defined.diploma();
            pathway.minCredits = defined.minCredits();
            pathway.requiredCourseIds = defined.requiredCourses().stream()
                    .map(PathwayDefined.CourseRef::courseId)
                    .distinct()
                    .toList();
            pathway.requiredCompetencyIds = defined.requiredCompetencies().stream()
                    .map(PathwayDefined.CompetencyRef::competencyId)
                    .distinct()
                    .toList();
            pathway.revision = defined.revision();
            pathway.definedAt = defined.definedAt();
            return Panache.getSession().chain(s -> s.persist(pathway));
        });
    }
}
