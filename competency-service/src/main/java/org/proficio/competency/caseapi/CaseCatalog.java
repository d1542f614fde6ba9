package org.proficio.competency.caseapi;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hibernate.reactive.mutiny.Mutiny;
import org.proficio.competency.casepackage.CaseDefinition;
import org.proficio.competency.framework.Association;
import org.proficio.competency.framework.Competency;
import org.proficio.competency.framework.Framework;
import org.proficio.competency.rubric.Rubric;
import org.proficio.competency.rubric.RubricCriterion;

/**
 * What the CASE API serves of a district's catalog, as entities: the served version of each framework (see
 * {@link ServedVersions}) and the objects in those versions, looked up by their CASE identifier. Every query is scoped
 * by the district and never sees drafts; an object of a version that is not served is not found.
 */
@ApplicationScoped
public class CaseCatalog {

    private static final OffsetDateTime NEVER = OffsetDateTime.MIN;

    /** Only published versions are served: the queries ask for those, {@link ServedVersions} picks one. */
    private static final List<Framework.Status> SERVABLE = List.of(Framework.Status.PUBLISHED);

    /** Everything a CFPackage holds, loaded. */
    public record PackageContents(
            Framework framework,
            List<Competency> items,
            List<Association> associations,
            List<CaseDefinition> definitions,
            List<Rubric> rubrics) {}

    /** The served version of each of the district's frameworks, in creation order. */
    @WithSession
    public Uni<List<Framework>> documents(String district) {
        return session()
                .chain(s -> s.createSelectionQuery(
                                "from Framework f where f.district = :district and f.status in :servable"
                                        + " order by f.createdAt, f.id",
                                Framework.class)
                        .setParameter("district", district)
                        .setParameter("servable", SERVABLE)
                        .getResultList())
                .map(ServedVersions::perFramework);
    }

    /** The served version of the framework with this CFDocument identifier, or null. */
    @WithSession
    public Uni<Framework> document(String district, String identifier) {
        return served(district, Set.of(identifier)).map(found -> found.isEmpty() ? null : found.get(0));
    }

    /** The whole served framework with this CFDocument identifier, or null. */
    @WithSession
    public Uni<PackageContents> cfPackage(String district, String identifier) {
        return served(district, Set.of(identifier)).chain(found -> {
            if (found.isEmpty()) {
                return Uni.createFrom().nullItem();
            }
            Framework framework = found.get(0);
            return session()
                    .chain(s -> s.fetch(framework.competencies)
                            .chain(items -> s.fetch(framework.associations)
                                    .chain(associations -> definitionsOf(s, framework.id)
                                            .chain(definitions -> rubricsOf(s, framework.id)
                                                    .map(rubrics -> new PackageContents(
                                                            framework, items, associations, definitions, rubrics))))));
        });
    }

    /** The CFItem (with its framework) of a served framework, or null. */
    @WithSession
    public Uni<Competency> item(String district, String identifier) {
        return session()
                .chain(s -> s.createSelectionQuery(
                                "from Competency c join fetch c.framework f where c.district = :district"
                                        + " and c.identifier = :identifier and f.status in :servable",
                                Competency.class)
                        .setParameter("district", district)
                        .setParameter("identifier", identifier)
                        .setParameter("servable", SERVABLE)
                        .getResultList())
                .chain(candidates -> servedOne(district, candidates, c -> c.framework));
    }

    /**
     * The associations of served frameworks that have this identifier at either end (the item's own framework and
     * any other framework of the district that links to it), each with its framework, in framework order.
     */
    @WithSession
    public Uni<List<Association>> associationsOf(String district, String itemIdentifier) {
        return session()
                .chain(s -> s.createSelectionQuery(
                                "from Association a join fetch a.framework f where a.district = :district"
                                        + " and (a.originIdentifier = :identifier"
                                        + " or a.destinationIdentifier = :identifier)"
                                        + " and f.status in :servable order by f.createdAt, a.position",
                                Association.class)
                        .setParameter("district", district)
                        .setParameter("identifier", itemIdentifier)
                        .setParameter("servable", SERVABLE)
                        .getResultList())
                .chain(candidates -> servedAll(district, candidates, a -> a.framework));
    }

    /** The CFAssociation (with its framework) of a served framework, or null. */
    @WithSession
    public Uni<Association> association(String district, String identifier) {
        return session()
                .chain(s -> s.createSelectionQuery(
                                "from Association a join fetch a.framework f where a.district = :district"
                                        + " and a.identifier = :identifier and f.status in :servable",
                                Association.class)
                        .setParameter("district", district)
                        .setParameter("identifier", identifier)
                        .setParameter("servable", SERVABLE)
                        .getResultList())
                .chain(candidates -> servedOne(district, candidates, a -> a.framework));
    }

    /** The CFRubric of a served framework with its criteria and levels, or null. */
    @WithSession
    public Uni<Rubric> rubric(String district, String identifier) {
        return session()
                .chain(s -> s.createSelectionQuery(
                                "select distinct r from Rubric r join fetch r.framework f left join fetch r.criteria"
                                        + " where r.district = :district and r.identifier = :identifier"
                                        + " and f.status in :servable",
                                Rubric.class)
                        .setParameter("district", district)
                        .setParameter("identifier", identifier)
                        .setParameter("servable", SERVABLE)
                        .getResultList())
                .chain(candidates -> servedOne(district, candidates, r -> r.framework))
                .call(rubric -> rubric == null ? Uni.createFrom().nullItem() : levelsOf(List.of(rubric)));
    }

    /**
     * The definition of this kind and identifier in a served framework, followed by every definition of the same
     * kind in that framework (the caller picks the descendants it needs), or an empty list.
     */
    @WithSession
    public Uni<List<CaseDefinition>> definitionWithKin(String district, CaseDefinition.Kind kind, String identifier) {
        return session()
                .chain(s -> s.createSelectionQuery(
                                "from CaseDefinition d join fetch d.framework f where d.district = :district"
                                        + " and d.kind = :kind and d.identifier = :identifier"
                                        + " and f.status in :servable",
                                CaseDefinition.class)
                        .setParameter("district", district)
                        .setParameter("kind", kind)
                        .setParameter("identifier", identifier)
                        .setParameter("servable", SERVABLE)
                        .getResultList())
                .chain(candidates -> servedOne(district, candidates, d -> d.framework))
                .chain(found -> found == null
                        ? Uni.createFrom().item(List.<CaseDefinition>of())
                        : session()
                                .chain(s -> s.createSelectionQuery(
                                                "from CaseDefinition d where d.framework.id = :framework"
                                                        + " and d.kind = :kind and d.id <> :found order by d.position",
                                                CaseDefinition.class)
                                        .setParameter("framework", found.framework.id)
                                        .setParameter("kind", kind)
                                        .setParameter("found", found.id)
                                        .getResultList())
                                .map(kin -> Stream.concat(Stream.of(found), kin.stream())
                                        .toList()));
    }

    /** The served versions among the versions of these frameworks (by CFDocument identifier). */
    private Uni<List<Framework>> served(String district, Collection<String> identifiers) {
        return session()
                .chain(s -> s.createSelectionQuery(
                                "from Framework f where f.district = :district and f.identifier in :identifiers"
                                        + " and f.status in :servable order by f.createdAt, f.id",
                                Framework.class)
                        .setParameter("district", district)
                        .setParameter("identifiers", identifiers)
                        .setParameter("servable", SERVABLE)
                        .getResultList())
                .map(ServedVersions::perFramework);
    }

    /** Of candidates found by identifier, the one in a served version (the most recently published if several). */
    private <T> Uni<T> servedOne(String district, List<T> candidates, Function<T, Framework> frameworkOf) {
        return servedAll(district, candidates, frameworkOf)
                .map(served -> served.stream()
                        .max(Comparator.comparing(
                                c -> Objects.requireNonNullElse(frameworkOf.apply(c).publishedAt, NEVER)))
                        .orElse(null));
    }

    /** The candidates that belong to a served version, in their order. */
    private <T> Uni<List<T>> servedAll(String district, List<T> candidates, Function<T, Framework> frameworkOf) {
        if (candidates.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        Set<String> frameworks =
                candidates.stream().map(c -> frameworkOf.apply(c).identifier).collect(Collectors.toSet());
        return served(district, frameworks).map(served -> {
            Set<UUID> servedIds = served.stream().map(f -> f.id).collect(Collectors.toSet());
            return candidates.stream()
                    .filter(c -> servedIds.contains(frameworkOf.apply(c).id))
                    .toList();
        });
    }

    private static Uni<List<CaseDefinition>> definitionsOf(Mutiny.Session s, UUID frameworkId) {
        return s.createSelectionQuery(
                        "from CaseDefinition d where d.framework.id = :framework order by d.kind, d.position",
                        CaseDefinition.class)
                .setParameter("framework", frameworkId)
                .getResultList();
    }

    private Uni<List<Rubric>> rubricsOf(Mutiny.Session s, UUID frameworkId) {
        return s.createSelectionQuery(
                        "select distinct r from Rubric r left join fetch r.criteria where r.framework.id = :framework"
                                + " order by r.position",
                        Rubric.class)
                .setParameter("framework", frameworkId)
                .getResultList()
                .call(this::levelsOf);
    }

    /** Loads the levels of the rubrics' criteria in one query (they fill the criteria already in the session). */
    private Uni<List<RubricCriterion>> levelsOf(List<Rubric> rubrics) {
        if (rubrics.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<UUID> ids = rubrics.stream().map(r -> r.id).toList();
        return session()
                .chain(s -> s.createSelectionQuery(
                                "select distinct c from RubricCriterion c left join fetch c.levels"
                                        + " where c.rubric.id in :rubrics",
                                RubricCriterion.class)
                        .setParameter("rubrics", ids)
                        .getResultList());
    }

    private static Uni<Mutiny.Session> session() {
        return Panache.getSession();
    }
}
