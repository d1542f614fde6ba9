package org.proficio.progression.learner;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.proficio.platform.outbox.Outbox;
import org.proficio.platform.problem.ProblemException;
import org.proficio.platform.time.DatabaseTime;
import org.proficio.progression.learner.Registration.Outcome;

/**
 * The one writer of learners and schools, for the API, bulk requests and OneRoster imports alike. Its methods join
 * the caller's transaction: a learner that is new or reads differently gets a new revision and LearnerRegistered in
 * the same transaction; one that already reads so is left alone, so that repeating a request or an import changes
 * nothing twice.
 */
@ApplicationScoped
public class LearnerRegistry {

    private final LearnerRepository learners;
    private final SchoolRepository schools;
    private final Outbox outbox;

    public LearnerRegistry(LearnerRepository learners, SchoolRepository schools, Outbox outbox) {
        this.learners = learners;
        this.schools = schools;
        this.outbox = outbox;
    }

    /** Registers each learner (ids unique within the list), in the caller's transaction; answers what each got. */
    public Uni<List<Registration>> register(String district, List<LearnerDetails> details, RosterSource by) {
        OffsetDateTime now = DatabaseTime.now();
        return learners.findAll(
                        district,
                        details.stream().map(LearnerDetails::learnerId).toList())
                .chain(found -> {
                    Map<String, Learner> known =
                            found.stream().collect(Collectors.toMap(l -> l.learnerId, Function.identity()));
                    List<Registration> outcomes = new ArrayList<>();
                    List<Learner> written = new ArrayList<>();
                    for (LearnerDetails d : details) {
                        Learner learner = known.get(d.learnerId());
                        Outcome outcome;
                        if (learner == null) {
                            learner = new Learner();
                            learner.district = district;
                            learner.learnerId = d.learnerId();
                            learner.registeredAt = now;
                            learner.take(d, by, now);
                            learner.revision = 1;
                            outcome = Outcome.CREATED;
                        } else if (learner.reads(d)) {
                            outcomes.add(new Registration(d.learnerId(), Outcome.UNCHANGED, learner.revision));
                            continue;
                        } else {
                            learner.take(d, by, now);
                            learner.revision++;
                            outcome = Outcome.UPDATED;
                        }
                        written.add(learner);
                        outcomes.add(new Registration(d.learnerId(), outcome, learner.revision));
                    }
                    return Panache.getSession()
                            .chain(session -> session.persistAll(written.toArray()))
                            .chain(() -> outbox.addAll(
                                    district,
                                    written.stream().map(LearnerRegistered::of).toList()))
                            .replaceWith(outcomes);
                });
    }

    /**
     * Registers a learner that evidence names and the district has not registered: named by her id, from source
     * EVIDENCE, flagged for review, with LearnerRegistered. Joins the caller's transaction; a learner already known
     * is left alone (one statement).
     */
    public Uni<Void> registerFromEvidence(String district, String learnerId) {
        Learner learner = new Learner();
        learner.district = district;
        learner.learnerId = learnerId;
        learner.displayName = learnerId;
        learner.active = true;
        learner.source = RosterSource.EVIDENCE;
        learner.revision = 1;
        learner.flagged = true;
        learner.registeredAt = DatabaseTime.now();
        learner.updatedAt = learner.registeredAt;
        return Panache.getSession()
                .chain(session -> session.createNativeQuery("""
                                insert into learner (district, learner_id, display_name, active, source, revision,
                                    flagged, registered_at, updated_at)
                                values (:district, :learner, :name, :active, :source, :revision, :flagged, :now, :now)
                                on conflict do nothing""")
                        .setParameter("district", learner.district)
                        .setParameter("learner", learner.learnerId)
                        .setParameter("name", learner.displayName)
                        .setParameter("active", learner.active)
                        .setParameter("source", learner.source.name())
                        .setParameter("revision", learner.revision)
                        .setParameter("flagged", learner.flagged)
                        .setParameter("now", learner.registeredAt)
                        .executeUpdate())
                // the row written is the one above: its event needs no second look
                .chain(inserted -> inserted == 0
                        ? Uni.createFrom().voidItem()
                        : outbox.add(district, LearnerRegistered.of(learner)).replaceWithVoid());
    }

    /** Adds or renames each school, in the caller's transaction; answers how many it created and renamed. */
    public Uni<Tally> keepSchools(String district, Map<String, String> namesById, RosterSource by) {
        OffsetDateTime now = DatabaseTime.now();
        return schools.findAll(district, namesById.keySet()).chain(found -> {
            Map<String, School> known = found.stream().collect(Collectors.toMap(s -> s.schoolId, Function.identity()));
            List<School> written = new ArrayList<>();
            int[] created = {0};
            namesById.forEach((id, name) -> {
                School school = known.get(id);
                if (school == null) {
                    school = new School();
                    school.district = district;
                    school.schoolId = id;
                    created[0]++;
                } else if (school.name.equals(name)) {
                    return;
                }
                school.name = name;
                school.source = by;
                school.updatedAt = now;
                written.add(school);
            });
            return Panache.getSession()
                    .chain(session -> session.persistAll(written.toArray()))
                    .replaceWith(new Tally(created[0], written.size() - created[0], namesById.size() - written.size()));
        });
    }

    /** The ids among {@code schoolIds} that name no school of the district. */
    public Uni<Set<String>> unknownSchools(String district, Collection<String> schoolIds) {
        if (schoolIds.isEmpty()) {
            return Uni.createFrom().item(Set.of());
        }
        return schools.findAll(district, Set.copyOf(schoolIds)).map(found -> {
            Set<String> unknown = new HashSet<>(schoolIds);
            found.forEach(s -> unknown.remove(s.schoolId));
            return unknown;
        });
    }

    /** The district's learner, or 404 (whatever the id's form: no learner of the district can have another). */
    public Uni<Learner> registered(String district, String learnerId) {
        return learners.findById(new Learner.Key(district, RosterIds.orNotFound(learnerId, "learner")))
                .onItem()
                .ifNull()
                .failWith(() -> unknown(learnerId));
    }

    /** The 404 for a learner the district has not registered. */
    public static ProblemException unknown(String learnerId) {
        return ProblemException.notFound("No learner " + learnerId + " in your district.");
    }

    /** The ids among {@code learnerIds} that name no learner of the district. */
    public Uni<Set<String>> unknownLearners(String district, Collection<String> learnerIds) {
        if (learnerIds.isEmpty()) {
            return Uni.createFrom().item(Set.of());
        }
        return learners.findAll(district, Set.copyOf(learnerIds)).map(found -> {
            Set<String> unknown = new HashSet<>(learnerIds);
            found.forEach(l -> unknown.remove(l.learnerId));
            return unknown;
        });
    }
}
