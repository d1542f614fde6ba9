package org.proficio.competency.prerequisite;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.proficio.competency.framework.Association;
import org.proficio.competency.framework.Competency;
import org.proficio.competency.framework.Framework;
import org.proficio.competency.prerequisite.PrerequisiteGraph.Edge;
import org.proficio.competency.prerequisite.PrerequisiteRepository.Direction;
import org.proficio.competency.prerequisite.PrerequisiteViews.Node;
import org.proficio.competency.prerequisite.PrerequisiteViews.PrerequisiteEdge;
import org.proficio.competency.prerequisite.PrerequisiteViews.PrerequisitePath;
import org.proficio.platform.problem.Problem.FieldError;
import org.proficio.platform.problem.ProblemException;

/**
 * Prerequisites between a district's competencies, kept as CASE {@code precedes} associations (origin = the
 * prerequisite, destination = the competency that needs it) owned by the framework of the competency that needs it,
 * which must be a draft. The prerequisite may be in any other framework of the district that is not retired. The
 * edges of all non-retired frameworks of a district stay acyclic: writers take the district's lock, then check.
 */
@ApplicationScoped
public class PrerequisiteService {

    private static final Set<Framework.Status> NOT_RETIRED =
            EnumSet.of(Framework.Status.DRAFT, Framework.Status.PUBLISHED);
    private static final Set<Framework.Status> PUBLISHED = EnumSet.of(Framework.Status.PUBLISHED);

    private final PrerequisiteRepository repository;

    public PrerequisiteService(PrerequisiteRepository repository) {
        this.repository = repository;
    }

    /** Makes {@code prerequisiteId} a prerequisite of {@code competencyId}. */
    @WithTransaction
    public Uni<PrerequisiteEdge> add(
            @NotNull String district, @NotNull UUID competencyId, @NotNull UUID prerequisiteId) {
        return repository
                .lockDistrict(district)
                .chain(() -> repository.competency(district, competencyId))
                .chain(competency -> repository
                        .competency(district, prerequisiteId)
                        .chain(prerequisite -> add(
                                district, required(competency, competencyId), required(prerequisite, prerequisiteId))));
    }

    private Uni<PrerequisiteEdge> add(String district, Competency competency, Competency prerequisite) {
        checkWritable(competency);
        if (competency.id.equals(prerequisite.id)) {
            throw new ProblemException(
                    422,
                    "prerequisite-cycle",
                    "Prerequisite cycle",
                    "A competency cannot be its own prerequisite.",
                    List.of(new FieldError("prerequisiteId", "is the competency itself.")));
        }
        if (prerequisite.framework.status == Framework.Status.RETIRED) {
            throw ProblemException.unprocessable(
                    "Competency " + prerequisite.id + " belongs to a retired framework.",
                    new FieldError("prerequisiteId", "is in a retired framework."));
        }
        return repository
                .edge(competency.framework.id, prerequisite.id, competency.id)
                .invoke(existing -> {
                    if (existing != null) {
                        throw ProblemException.conflict(
                                label(prerequisite) + " is already a prerequisite of " + label(competency) + ".");
                    }
                })
                .chain(() -> repository.walk(district, competency.id, Direction.UNLOCKS, true, NOT_RETIRED, null))
                .chain(downstream -> PrerequisiteGraph.cycleClosedBy(prerequisite.id, competency.id, downstream)
                        .map(cycle -> this.<Void>cycle(cycle, prerequisite, competency))
                        .orElseGet(() -> Uni.createFrom().voidItem()))
                .chain(() -> repository.nextPosition(competency.framework.id))
                .chain(position -> {
                    Association edge = edge(prerequisite, competency, position);
                    competency.framework.lastChange = edge.lastChange; // a draft change: the framework's revision moves
                    return repository.persist(edge).replaceWith(view(edge));
                });
    }

    /** Removes the edge; 404 when there is none. */
    @WithTransaction
    public Uni<Void> remove(@NotNull String district, @NotNull UUID competencyId, @NotNull UUID prerequisiteId) {
        return repository.competency(district, competencyId).chain(found -> {
            Competency competency = required(found, competencyId);
            checkWritable(competency);
            return repository
                    .edge(competency.framework.id, prerequisiteId, competency.id)
                    .onItem()
                    .ifNull()
                    .failWith(() -> ProblemException.notFound(
                            "Competency " + prerequisiteId + " is not a prerequisite of " + label(competency) + "."))
                    .call(repository::remove)
                    .invoke(() -> competency.framework.lastChange = now())
                    .replaceWithVoid();
        });
    }

    /**
     * What must be mastered before the competency (direct or all), or what it unlocks, in dependency order; null
     * when the caller cannot see the competency (another district's, or a draft's for a non-admin). Edges of retired
     * frameworks are history and not walked; non-admins walk only published frameworks' edges and competencies.
     */
    @WithSession
    public Uni<PrerequisitePath> path(
            @NotNull String district, @NotNull UUID id, Direction direction, boolean transitive, boolean admin) {
        return repository.competency(district, id).chain(competency -> {
            if (competency == null || (!admin && competency.framework.status == Framework.Status.DRAFT)) {
                return Uni.createFrom().nullItem();
            }
            Set<Framework.Status> visible = admin ? NOT_RETIRED : PUBLISHED;
            return repository
                    .walk(district, id, direction, transitive, visible, visible)
                    .chain(edges -> nodes(id, direction, edges))
                    .map(items -> new PrerequisitePath(id, transitive, items));
        });
    }

    private Uni<List<Node>> nodes(UUID start, Direction direction, List<Edge> edges) {
        Function<Edge, UUID> far = direction == Direction.PREREQUISITES ? Edge::prerequisite : Edge::competency;
        Function<Edge, UUID> near = direction == Direction.PREREQUISITES ? Edge::competency : Edge::prerequisite;
        Set<UUID> ids = edges.stream().map(far).filter(n -> !n.equals(start)).collect(Collectors.toSet());
        Set<UUID> direct = edges.stream()
                .filter(e -> near.apply(e).equals(start))
                .map(far)
                .collect(Collectors.toCollection(HashSet::new));
        return repository.competencies(ids).map(found -> {
            List<Node> nodes =
                    found.stream().map(c -> Node.of(c, direct.contains(c.id))).toList();
            Comparator<Node> byCode = Comparator.comparing((Node n) -> n.code() == null)
                    .thenComparing(n -> n.code() == null ? "" : n.code())
                    .thenComparing(Node::identifier);
            return PrerequisiteGraph.inDependencyOrder(nodes, Node::id, edges, byCode);
        });
    }

    private <T> Uni<T> cycle(List<UUID> cycle, Competency prerequisite, Competency competency) {
        return repository.competencies(new HashSet<>(cycle)).map(found -> {
            Map<UUID, String> labels = found.stream().collect(Collectors.toMap(c -> c.id, PrerequisiteService::label));
            String path = cycle.stream().map(labels::get).collect(Collectors.joining(" -> "));
            throw new ProblemException(
                    422,
                    "prerequisite-cycle",
                    "Prerequisite cycle",
                    "Making " + label(prerequisite) + " a prerequisite of " + label(competency)
                            + " would close a cycle: " + path + ".",
                    List.of(new FieldError("prerequisiteId", "closes the cycle " + path)));
        });
    }

    private static Competency required(Competency found, UUID id) {
        if (found == null) {
            throw ProblemException.notFound("No competency " + id + ".");
        }
        return found;
    }

    private static void checkWritable(Competency competency) {
        if (competency.framework.status != Framework.Status.DRAFT) {
            throw ProblemException.conflict("Competency " + label(competency) + " belongs to a "
                    + competency.framework.status + " framework; prerequisites change only in a draft.");
        }
    }

    private static Association edge(Competency prerequisite, Competency competency, int position) {
        Association edge = new Association();
        edge.id = UUID.randomUUID();
        edge.identifier = edge.id.toString();
        edge.framework = competency.framework;
        edge.district = competency.district;
        edge.type = Association.PRECEDES;
        edge.originIdentifier = prerequisite.identifier;
        edge.originUri = prerequisite.uri;
        edge.originTitle = title(prerequisite);
        edge.originId = prerequisite.id;
        edge.destinationIdentifier = competency.identifier;
        edge.destinationUri = competency.uri;
        edge.destinationTitle = title(competency);
        edge.destinationId = competency.id;
        edge.position = position;
        edge.lastChange = now();
        return edge;
    }

    private static PrerequisiteEdge view(Association edge) {
        return new PrerequisiteEdge(edge.destinationId, edge.originId, edge.framework.id, edge.identifier);
    }

    /** How a competency is named in messages: its code, else its CASE identifier. */
    private static String label(Competency c) {
        return c.code != null ? c.code : c.identifier;
    }

    /** The CASE link title of a competency: its code, else its short statement. */
    private static String title(Competency c) {
        if (c.code != null) {
            return c.code;
        }
        return c.abbreviatedStatement != null ? c.abbreviatedStatement : c.statement;
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
