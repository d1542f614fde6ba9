package org.proficio.progression.roster;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.proficio.progression.catalog.CourseCatalog;
import org.proficio.progression.learner.LearnerDetails;
import org.proficio.progression.learner.LearnerRegistry;
import org.proficio.progression.learner.RosterSource;
import org.proficio.progression.learner.Tally;
import org.proficio.progression.plan.Enrollment;
import org.proficio.progression.plan.PlanWriter;
import org.proficio.progression.roster.RosterMapping.Enrollments;
import org.proficio.progression.roster.RosterUpload.NamedFile;

/**
 * Imports a OneRoster 1.1/1.2 CSV upload in one transaction: schools, learners (with LearnerRegistered for each new
 * or changed one) and the courses on their plans. An upload that is not OneRoster is refused before anything is
 * written; rows that cannot be taken are reported and the rest is imported. Importing the same files again changes
 * nothing.
 */
@ApplicationScoped
public class RosterImportService {

    private final LearnerRegistry learners;
    private final PlanWriter plans;
    private final CourseCatalog courses;

    public RosterImportService(LearnerRegistry learners, PlanWriter plans, CourseCatalog courses) {
        this.learners = learners;
        this.plans = plans;
        this.courses = courses;
    }

    /** Reads the files (a 4xx for an upload that is not OneRoster), then writes what they say in one transaction. */
    public Uni<RosterReport> importFiles(String district, List<NamedFile> files, LearnerKey key) {
        List<RowIssue> issues = new ArrayList<>();
        RosterUpload upload;
        try {
            upload = RosterUpload.of(files, issues);
        } catch (RuntimeException refused) {
            return Uni.createFrom().failure(refused);
        }
        return Panache.withTransaction(() -> importUpload(district, upload, key, issues));
    }

    private Uni<RosterReport> importUpload(
            String district, RosterUpload upload, LearnerKey key, List<RowIssue> issues) {
        RosterMapping mapping = new RosterMapping(upload, key, issues);
        Map<String, String> schools = mapping.schools();
        Set<String> studentOrgs = mapping.orgsOfStudents();
        return learners.unknownSchools(district, studentOrgs).chain(unknown -> {
            Set<String> known = new HashSet<>(studentOrgs);
            known.removeAll(unknown);
            known.addAll(schools.keySet());
            List<LearnerDetails> roster = mapping.learners(known);
            Set<String> elsewhere = mapping.learnersNamedElsewhere();
            return courses.byCode(district, mapping.courseCodes())
                    .chain(byCode -> learners.unknownLearners(district, elsewhere)
                            .map(missing -> {
                                Set<String> registered = new HashSet<>(elsewhere);
                                registered.removeAll(missing);
                                return mapping.enrollments(byCode, registered);
                            }))
                    .chain(enrollments -> write(district, schools, roster, enrollments))
                    .map(written -> report(upload, key, written, issues));
        });
    }

    private record Written(Tally schools, Tally learners, Tally enrollments, int withdrawn) {}

    private Uni<Written> write(
            String district, Map<String, String> schools, List<LearnerDetails> roster, Enrollments enrollments) {
        return learners.keepSchools(district, schools, RosterSource.ONEROSTER)
                .chain(s -> learners.register(district, roster, RosterSource.ONEROSTER)
                        .map(Tally::of)
                        .chain(l -> plans.enroll(district, enrollments.enroll(), RosterSource.ONEROSTER)
                                .chain(e -> withdraw(district, enrollments.withdraw())
                                        .map(w -> new Written(s, l, e, w)))));
    }

    private Uni<Integer> withdraw(String district, List<Enrollment> withdrawals) {
        return Multi.createFrom()
                .iterable(withdrawals)
                .onItem()
                .transformToUniAndConcatenate(w -> plans.withdraw(district, w.learnerId(), w.courseId()))
                .filter(Boolean::booleanValue)
                .collect()
                .asList()
                .map(List::size);
    }

    private static RosterReport report(RosterUpload upload, LearnerKey key, Written written, List<RowIssue> issues) {
        return new RosterReport(
                upload.version,
                key,
                upload.tables.values().stream().map(RosterReport.FileRead::of).toList(),
                upload.ignoredFiles,
                written.schools(),
                written.learners(),
                written.enrollments(),
                written.withdrawn(),
                issues.size(),
                issues.subList(0, Math.min(issues.size(), RosterReport.MAX_ISSUES)));
    }
}
