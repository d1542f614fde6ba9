package org.proficio.competency.casepackage;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.hibernate.reactive.mutiny.Mutiny;
import org.proficio.competency.framework.Association;
import org.proficio.competency.framework.Competency;
import org.proficio.competency.framework.Framework;
import org.proficio.competency.framework.ScaleLevel;
import org.proficio.competency.rubric.Rubric;
import org.proficio.competency.rubric.RubricCriterion;

/** Exports a district's framework as a CASE 1.0 CFPackage. */
@ApplicationScoped
public class CaseExporter {

    private final CaseConfig config;

    public CaseExporter(CaseConfig config) {
        this.config = config;
    }

    /**
     * The CFPackage of the framework, or null when the district has no such framework or the caller may not see it
     * (a draft without {@code includeDrafts}).
     */
    @WithSession
    public Uni<ObjectNode> export(String district, UUID id, boolean includeDrafts) {
        return Panache.getSession()
                .chain(session -> session.createSelectionQuery(
                                "from Framework f where f.id = :id and f.district = :district", Framework.class)
                        .setParameter("id", id)
                        .setParameter("district", district)
                        .getSingleResultOrNull()
                        .chain(f -> f == null || (!includeDrafts && f.status == Framework.Status.DRAFT)
                                ? Uni.createFrom().nullItem()
                                : cfPackage(session, f)));
    }

    /** The content hash of a stored framework, with its scale when {@code withScale}. */
    @WithSession
    Uni<String> contentHash(String district, UUID id, boolean withScale) {
        return export(district, id, true).chain(pkg -> {
            if (pkg == null || !withScale) {
                return Uni.createFrom().item(pkg == null ? null : ContentHash.of(pkg));
            }
            return Panache.getSession()
                    .chain(s -> s.createSelectionQuery(
                                    "from ScaleLevel l where l.framework.id = :id order by l.position",
                                    ScaleLevel.class)
                            .setParameter("id", id)
                            .getResultList())
                    .map(levels -> ContentHash.of(pkg, levels));
        });
    }

    private Uni<ObjectNode> cfPackage(Mutiny.Session session, Framework f) {
        Uni<List<Competency>> items = session.createSelectionQuery(
                        "from Competency c where c.framework.id = :id order by c.position", Competency.class)
                .setParameter("id", f.id)
                .getResultList();
        Uni<List<Association>> associations = session.createSelectionQuery(
                        "from Association a where a.framework.id = :id order by a.position", Association.class)
                .setParameter("id", f.id)
                .getResultList();
        Uni<List<CaseDefinition>> definitions = session.createSelectionQuery(
                        "from CaseDefinition d where d.framework.id = :id order by d.kind, d.position",
                        CaseDefinition.class)
                .setParameter("id", f.id)
                .getResultList();
        Uni<List<Rubric>> rubrics = session.createSelectionQuery(
                        "select distinct r from Rubric r left join fetch r.criteria where r.framework.id = :id"
                                + " order by r.position",
                        Rubric.class)
                .setParameter("id", f.id)
                .getResultList()
                .call(loaded -> loaded.isEmpty()
                        ? Uni.createFrom().voidItem()
                        : session.createSelectionQuery(
                                        "select distinct c from RubricCriterion c left join fetch c.levels"
                                                + " where c.rubric.framework.id = :id",
                                        RubricCriterion.class)
                                .setParameter("id", f.id)
                                .getResultList()
                                .replaceWithVoid());
        // One session runs one query at a time: the loads are chained, not combined.
        return items.chain(i -> associations.chain(a ->
                definitions.chain(d -> rubrics.map(r -> CaseJson.cfPackage(f, i, a, d, r, config.baseUri())))));
    }
}
