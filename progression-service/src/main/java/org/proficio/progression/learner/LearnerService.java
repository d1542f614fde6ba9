package org.proficio.progression.learner;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.proficio.platform.paging.OpaqueCursor;
import org.proficio.platform.paging.Page;
import org.proficio.platform.problem.IfMatch;
import org.proficio.platform.problem.Problem.FieldError;
import org.proficio.platform.problem.ProblemException;
import org.proficio.progression.learner.LearnerViews.BatchView;
import org.proficio.progression.learner.LearnerViews.LearnerBatch;
import org.proficio.progression.learner.LearnerViews.LearnerInput;
import org.proficio.progression.learner.LearnerViews.LearnerItem;
import org.proficio.progression.learner.LearnerViews.LearnerPage;
import org.proficio.progression.learner.LearnerViews.LearnerView;
import org.proficio.progression.learner.LearnerViews.SchoolPage;
import org.proficio.progression.learner.LearnerViews.SchoolView;

/** Registering and reading the district's learners and schools through the API. */
@ApplicationScoped
public class LearnerService {

    private static final String LEARNERS = "learners";
    private static final String SCHOOLS = "schools";

    private final LearnerRepository learners;
    private final SchoolRepository schools;
    private final LearnerRegistry registry;

    public LearnerService(LearnerRepository learners, SchoolRepository schools, LearnerRegistry registry) {
        this.learners = learners;
        this.schools = schools;
        this.registry = registry;
    }

    /** Registers or updates one learner; answers what it did and the learner as she now reads. */
    @WithTransaction
    public Uni<Registered> put(String district, String learnerId, LearnerInput input, Integer expectedRevision) {
        LearnerDetails details = input.details(learnerId);
        Map<String, String> schoolIds = details.schoolId() == null ? Map.of() : Map.of("schoolId", details.schoolId());
        return requireSchools(district, schoolIds)
                .chain(() -> learners.findById(new Learner.Key(district, learnerId)))
                .invoke(current ->
                        IfMatch.check(expectedRevision, current == null ? 0 : current.revision, "The learner"))
                .chain(() -> registry.register(district, List.of(details), RosterSource.API))
                .chain(done -> learners.findById(new Learner.Key(district, learnerId))
                        .map(l -> new Registered(done.get(0), LearnerView.of(l))));
    }

    /** Registers up to 1,000 learners together: all of them, or none when one cannot be. */
    @WithTransaction
    public Uni<BatchView> bulk(String district, LearnerBatch batch) {
        List<LearnerItem> items = batch.learners();
        refuseRepeatedIds(items);
        Map<String, String> schoolIds = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).schoolId() != null) {
                schoolIds.put("learners[" + i + "].schoolId", items.get(i).schoolId());
            }
        }
        return requireSchools(district, schoolIds)
                .chain(() -> registry.register(
                        district, items.stream().map(LearnerItem::details).toList(), RosterSource.API))
                .map(BatchView::of);
    }

    @WithSession
    public Uni<LearnerView> get(String district, String learnerId) {
        return registry.registered(district, learnerId).map(LearnerView::of);
    }

    @WithSession
    public Uni<LearnerPage> list(
            String district, String schoolId, Boolean active, Boolean flagged, String cursor, int limit) {
        String after = after(cursor, LEARNERS);
        return learners.page(district, schoolId, active, flagged, after, limit + 1)
                .map(rows -> Page.keyed(rows, limit, LearnerView::of, l -> OpaqueCursor.encode(l.learnerId)))
                .map(page -> new LearnerPage(page.items(), page.nextCursor()));
    }

    /** Adds or renames a school. */
    @WithTransaction
    public Uni<SchoolView> putSchool(String district, String schoolId, String name) {
        return registry.keepSchools(district, Map.of(schoolId, name.strip()), RosterSource.API)
                .chain(() -> schools.findById(new School.Key(district, schoolId)))
                .map(SchoolView::of);
    }

    @WithSession
    public Uni<SchoolPage> schools(String district, String cursor, int limit) {
        String after = after(cursor, SCHOOLS);
        return schools.page(district, after, limit + 1)
                .map(rows -> Page.keyed(rows, limit, SchoolView::of, s -> OpaqueCursor.encode(s.schoolId)))
                .map(page -> new SchoolPage(page.items(), page.nextCursor()));
    }

    /** The id a cursor of the list names (null: from the first); one this list did not give out is a 400. */
    private static String after(String cursor, String list) {
        if (cursor == null) {
            return null;
        }
        String id = OpaqueCursor.decode(cursor, 1, list).get(0);
        if (!RosterIds.valid(id)) {
            throw OpaqueCursor.refused(list);
        }
        return id;
    }

    private static void refuseRepeatedIds(List<LearnerItem> items) {
        Map<String, Integer> first = new LinkedHashMap<>();
        List<FieldError> repeated = IntStream.range(0, items.size())
                .filter(i -> first.putIfAbsent(items.get(i).learnerId(), i) != null)
                .mapToObj(i -> new FieldError(
                        "learners[" + i + "].learnerId",
                        "repeats learners[" + first.get(items.get(i).learnerId()) + "]; name each learner once"))
                .toList();
        if (!repeated.isEmpty()) {
            throw ProblemException.invalid(repeated);
        }
    }

    /** 422 naming each field (a JSON path) whose school id names no school of the district. */
    private Uni<Void> requireSchools(String district, Map<String, String> schoolIdsByField) {
        return registry.unknownSchools(district, Set.copyOf(schoolIdsByField.values()))
                .invoke(unknown -> {
                    List<FieldError> errors = schoolIdsByField.entrySet().stream()
                            .filter(e -> unknown.contains(e.getValue()))
                            .map(e -> new FieldError(e.getKey(), "names no school of the district: " + e.getValue()))
                            .toList();
                    if (!errors.isEmpty()) {
                        throw ProblemException.unprocessable(
                                "Add schools with PUT /api/v1/schools/{schoolId} or a OneRoster import first.",
                                errors.toArray(FieldError[]::new));
                    }
                })
                .replaceWithVoid();
    }

    /** What a PUT of one learner did, and the learner as she now reads. */
    public record Registered(Registration registration, LearnerView learner) {}
}
