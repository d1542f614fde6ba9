package org.proficio.progression.advancement;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.proficio.catalog.CatalogCourse;
import org.proficio.catalog.CatalogPathway;
import org.proficio.catalog.CatalogPrerequisite;
import org.proficio.platform.events.DomainEvent;
import org.proficio.platform.events.EventTypes;
import org.proficio.platform.outbox.Outbox;
import org.proficio.platform.reactive.OneAfterAnother;
import org.proficio.platform.time.DatabaseTime;
import org.proficio.progression.advancement.AdvancementEvents.CreditAwarded;
import org.proficio.progression.advancement.AdvancementEvents.GraduationRequirementsMet;
import org.proficio.progression.advancement.AdvancementEvents.Target;
import org.proficio.progression.advancement.AdvancementEvents.TargetsUnlocked;
import org.proficio.progression.catalog.CatalogGraph;
import org.proficio.progression.plan.PlanPathway;
import org.proficio.progression.plan.PlanPathwayRepository;

/**
 * What a learner's mastery opens, in the transaction of the decision that mastered: the targets of her plan whose
 * prerequisites are now all mastered ({@code TargetsUnlocked}), the credit of every course whose competencies are
 * now all mastered ({@code CreditAwarded}, once per course, whatever her plan: credit comes from mastery, not from
 * enrollment or seat time), and the pathways of her plan whose requirements are now all met
 * ({@code GraduationRequirementsMet}, once per pathway).
 */
@ApplicationScoped
public class Advancement {

    private final Pictures pictures;
    private final CatalogGraph catalog;
    private final PlanPathwayRepository planPathways;
    private final Outbox outbox;

    public Advancement(Pictures pictures, CatalogGraph catalog, PlanPathwayRepository planPathways, Outbox outbox) {
        this.pictures = pictures;
        this.catalog = catalog;
        this.planPathways = planPathways;
        this.outbox = outbox;
    }

    /** After a decision made the competency MASTERED for the learner. */
    public Uni<Void> mastered(String district, String learnerId, UUID competencyId, UUID decisionId) {
        return mastered(district, learnerId, List.of(new Mastered(competencyId, decisionId)));
    }

    /** A competency a decision made MASTERED. */
    public record Mastered(UUID competencyId, UUID decisionId) {}

    /**
     * After decisions made these competencies MASTERED for the learner (a policy change's, a learner at a time):
     * first what they could open at all (the competencies needing them, the courses counting them, her plan's
     * pathways), and only when there is something her picture, read once; then each competency unlocks and awards in
     * turn (a target opened by two of them is announced once), and her pathways are looked at once, after all of them.
     */
    public Uni<Void> mastered(String district, String learnerId, List<Mastered> mastered) {
        return mastered(district, learnerId, mastered, new Lookups());
    }

    /** Catalog look-ups to share across the learners of one pass. */
    public Lookups lookups() {
        return new Lookups();
    }

    /** As {@link #mastered(String, String, List)}, with the catalog look-ups of a pass over many learners. */
    public Uni<Void> mastered(String district, String learnerId, List<Mastered> mastered, Lookups lookups) {
        List<UUID> competencies =
                mastered.stream().map(Mastered::competencyId).distinct().toList();
        return lookups.read(district, competencies)
                .chain(() -> planPathways.pathwaysOf(district, learnerId))
                .chain(pathways -> lookups.opensNothing(competencies) && pathways.isEmpty()
                        ? Uni.createFrom().voidItem()
                        : pictures.of(district, learnerId)
                                .chain(picture -> open(district, picture, mastered, lookups)));
    }

    /**
     * What the catalog says a competency opens: the competencies needing it and the courses counting it, read once per
     * competency. A policy change keeps one for its whole pass, so that the same competencies mastered by thousands of
     * learners are looked up once; the catalog read model it reflects is the one the pass began with.
     */
    public final class Lookups {

        private final Map<UUID, List<CatalogPrerequisite>> needing = new HashMap<>();
        private final Map<UUID, List<CatalogCourse>> counting = new HashMap<>();

        private Uni<Void> read(String district, List<UUID> competencies) {
            List<UUID> unknown =
                    competencies.stream().filter(c -> !needing.containsKey(c)).toList();
            if (unknown.isEmpty()) {
                return Uni.createFrom().voidItem();
            }
            Uni<Void> read = catalog.dependentsOf(district, unknown)
                    .invoke(dependents -> {
                        Map<UUID, List<CatalogPrerequisite>> byPrerequisite =
                                dependents.stream().collect(Collectors.groupingBy(d -> d.prerequisiteId));
                        unknown.forEach(c -> needing.put(c, byPrerequisite.getOrDefault(c, List.of())));
                    })
                    .replaceWithVoid();
            return read.chain(() -> OneAfterAnother.each(
                    unknown,
                    competency -> catalog.coursesCounting(district, competency)
                            .invoke(rows -> counting.put(competency, rows))));
        }

        private boolean opensNothing(List<UUID> competencies) {
            return competencies.stream()
                    .allMatch(c -> needing.get(c).isEmpty() && counting.get(c).isEmpty());
        }
    }

    private Uni<Void> open(String district, LearnerPicture picture, List<Mastered> mastered, Lookups lookups) {
        Set<UUID> unlocked = new HashSet<>();
        UUID last = mastered.get(mastered.size() - 1).decisionId();
        return OneAfterAnother.each(
                        mastered,
                        m -> unlock(
                                        district,
                                        picture,
                                        m.competencyId(),
                                        m.decisionId(),
                                        lookups.needing.get(m.competencyId()),
                                        unlocked)
                                .chain(() -> award(
                                        district, picture, lookups.counting.get(m.competencyId()), m.decisionId())))
                .chain(() -> graduate(district, picture, last));
    }

    /**
     * After her plan changed: the credit of plan courses already mastered (a course defined after her mastery) and
     * the pathways already met.
     */
    public Uni<Void> reconsider(String district, String learnerId) {
        return pictures.of(district, learnerId)
                .chain(picture -> award(
                                district,
                                picture,
                                picture.planCourses().stream()
                                        .map(p -> p.courseId)
                                        .map(picture.courses()::get)
                                        .filter(c -> c != null)
                                        .toList(),
                                null)
                        .chain(() -> graduate(district, picture, null)));
    }

    private Uni<Void> unlock(
            String district,
            LearnerPicture picture,
            UUID competencyId,
            UUID decisionId,
            List<CatalogPrerequisite> dependents,
            Set<UUID> announced) {
        Set<UUID> wanted = picture.planCompetencies();
        Set<UUID> mastered = picture.mastered();
        Set<UUID> candidates = dependents.stream()
                .map(d -> d.competencyId)
                .filter(c -> wanted.contains(c) && !mastered.contains(c))
                .collect(Collectors.toSet());
        return catalog.prerequisitesOf(district, candidates).chain(needs -> {
            Map<UUID, List<CatalogPrerequisite>> byCompetency =
                    needs.stream().collect(Collectors.groupingBy(p -> p.competencyId));
            List<Target> unlocked = byCompetency.entrySet().stream()
                    .filter(e -> e.getValue().stream().allMatch(p -> mastered.contains(p.prerequisiteId)))
                    .filter(e -> announced.add(e.getKey()))
                    .map(e -> new Target(e.getKey(), e.getValue().get(0).frameworkId))
                    .sorted(java.util.Comparator.comparing(t -> t.competencyId().toString()))
                    .toList();
            if (unlocked.isEmpty()) {
                return Uni.createFrom().voidItem();
            }
            return publish(
                    district,
                    EventTypes.TARGETS_UNLOCKED,
                    picture.learnerId(),
                    new TargetsUnlocked(picture.learnerId(), competencyId, decisionId, unlocked, DatabaseTime.now()));
        });
    }

    private Uni<Void> award(String district, LearnerPicture picture, List<CatalogCourse> rows, UUID decisionId) {
        Set<UUID> mastered = picture.mastered();
        Map<UUID, CatalogCourse> courses = new LinkedHashMap<>();
        rows.forEach(c -> courses.putIfAbsent(c.courseId, c));
        OffsetDateTime now = DatabaseTime.now();
        List<Object> written = new ArrayList<>();
        List<DomainEvent> events = new ArrayList<>();
        for (CatalogCourse course : courses.values()) {
            if (picture.credits().containsKey(course.courseId) || !mastered.containsAll(course.competencyIds)) {
                continue;
            }
            CourseCredit credit = new CourseCredit();
            credit.district = district;
            credit.learnerId = picture.learnerId();
            credit.courseId = course.courseId;
            credit.credits = course.credits;
            credit.awardedAt = now;
            credit.decisionId = decisionId;
            picture.credits().put(course.courseId, credit);
            CreditAwarded event = new CreditAwarded(
                    picture.learnerId(), course.courseId, course.code, course.title, course.credits, decisionId, now);
            written.add(credit);
            events.add(DomainEvent.aboutLearner(EventTypes.CREDIT_AWARDED, picture.learnerId(), event));
        }
        return record(district, written, events);
    }

    private Uni<Void> graduate(String district, LearnerPicture picture, UUID decisionId) {
        OffsetDateTime now = DatabaseTime.now();
        List<Object> written = new ArrayList<>();
        List<DomainEvent> events = new ArrayList<>();
        for (PlanPathway inPlan : picture.planPathways()) {
            CatalogPathway pathway = picture.pathways().get(inPlan.pathwayId);
            if (pathway == null || picture.met().containsKey(pathway.id) || !picture.meets(pathway)) {
                continue;
            }
            PathwayMet met = new PathwayMet();
            met.district = district;
            met.learnerId = picture.learnerId();
            met.pathwayId = pathway.id;
            met.metAt = now;
            met.decisionId = decisionId;
            picture.met().put(pathway.id, met);
            GraduationRequirementsMet event = new GraduationRequirementsMet(
                    picture.learnerId(),
                    pathway.id,
                    pathway.name,
                    pathway.diploma,
                    picture.creditsEarned(),
                    decisionId,
                    now);
            written.add(met);
            events.add(DomainEvent.aboutLearner(EventTypes.GRADUATION_REQUIREMENTS_MET, picture.learnerId(), event));
        }
        return record(district, written, events);
    }

    /** Persists the rows and adds the events announcing them, in the caller's transaction. */
    private Uni<Void> record(String district, List<Object> rows, List<DomainEvent> events) {
        if (rows.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Panache.getSession()
                .chain(s -> s.persistAll(rows.toArray()))
                .chain(() -> outbox.addAll(district, events));
    }

    private Uni<Void> publish(String district, String type, String learnerId, Object data) {
        return outbox.add(district, DomainEvent.aboutLearner(type, learnerId, data))
                .replaceWithVoid();
    }
}
