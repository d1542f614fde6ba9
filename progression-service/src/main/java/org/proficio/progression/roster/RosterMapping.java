package org.proficio.progression.roster;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.proficio.catalog.CatalogCourse;
import org.proficio.progression.learner.LearnerDetails;
import org.proficio.progression.learner.RosterIds;
import org.proficio.progression.plan.Enrollment;
import org.proficio.progression.roster.RosterTable.Row;

/**
 * What a OneRoster upload says in Proficio's terms: orgs of type school become schools, users who are students become
 * learners, students' enrollments in classes become courses on their plans (the class's course matched to a course of
 * the catalog by code). Every row it cannot take is reported with why; the rest is taken. Pure: what the district
 * already holds comes in as arguments.
 */
final class RosterMapping {

    private static final String STUDENT = "student";
    private static final int MAX_NAME = 200;

    private final RosterUpload upload;
    private final LearnerKey key;
    private final List<RowIssue> issues;
    /** Learner ids of the upload's students, by their user sourcedId; filled by {@link #learners}. */
    private final Map<String, String> learnerIds = new HashMap<>();

    /** courses.csv's non-empty course codes, by course sourcedId. */
    private final Map<String, String> courseCodes = new HashMap<>();
    /** The orgs roles.csv (1.2) gives each user a role in, by user sourcedId. */
    private final Map<String, List<String>> roleOrgs = new HashMap<>();
    /** The sourcedIds of the upload's students. */
    private final Set<String> students;

    RosterMapping(RosterUpload upload, LearnerKey key, List<RowIssue> issues) {
        this.upload = upload;
        this.key = key;
        this.issues = issues;
        rows(RosterFileType.COURSES).stream()
                .filter(c -> !c.get("courseCode").isEmpty())
                .forEach(c -> courseCodes.putIfAbsent(c.sourcedId(), c.get("courseCode")));
        rows(RosterFileType.ROLES).stream()
                .filter(r -> !r.toBeDeleted() && !r.get("orgSourcedId").isEmpty())
                .forEach(r -> roleOrgs.computeIfAbsent(r.get("userSourcedId"), u -> new ArrayList<>())
                        .add(r.get("orgSourcedId")));
        students = students();
    }

    /** The upload's schools (orgs of type school), by school id. */
    Map<String, String> schools() {
        Map<String, String> schools = new LinkedHashMap<>();
        for (Row row : rows(RosterFileType.ORGS)) {
            if (!row.get("type").equalsIgnoreCase("school")) {
                continue;
            }
            String id = row.sourcedId();
            if (!RosterIds.valid(id)) {
                issue(RosterFileType.ORGS, row, "sourcedId", "is not a usable school id (" + RosterIds.MESSAGE + ")");
            } else if (row.get("name").isEmpty()) {
                issue(RosterFileType.ORGS, row, "name", "is empty; the school was not imported");
            } else if (schools.putIfAbsent(id, clip(row.get("name"))) != null) {
                issue(RosterFileType.ORGS, row, "sourcedId", "repeats an earlier row; the first was taken");
            }
        }
        return schools;
    }

    /** Every org a student of the upload names, so that the caller can tell which are schools of the district. */
    Set<String> orgsOfStudents() {
        Set<String> orgs = new HashSet<>();
        rows(RosterFileType.USERS).stream()
                .filter(row -> students.contains(row.sourcedId()))
                .forEach(row -> orgs.addAll(orgsOf(row)));
        return orgs;
    }

    /** The upload's students as learners; {@code schools} are the school ids the district has or the upload adds. */
    List<LearnerDetails> learners(Set<String> schools) {
        Map<String, Integer> seenUsers = new HashMap<>();
        Map<String, LearnerDetails> learners = new LinkedHashMap<>();
        for (Row row : rows(RosterFileType.USERS)) {
            if (!students.contains(row.sourcedId())) {
                continue;
            }
            if (seenUsers.putIfAbsent(row.sourcedId(), row.number()) != null) {
                issue(
                        RosterFileType.USERS,
                        row,
                        "sourcedId",
                        "repeats row " + seenUsers.get(row.sourcedId()) + "; the first was taken");
                continue;
            }
            String learnerId = row.get(key.name());
            if (learnerId.isEmpty()) {
                issue(
                        RosterFileType.USERS,
                        row,
                        key.name(),
                        "is empty, and learners are named by " + key + " here; the student was not imported");
                continue;
            }
            if (!RosterIds.valid(learnerId)) {
                issue(
                        RosterFileType.USERS,
                        row,
                        key.name(),
                        "\"" + learnerId + "\" is not a usable learner id (" + RosterIds.MESSAGE
                                + "); the student was not imported");
                continue;
            }
            if (learners.containsKey(learnerId)) {
                issue(
                        RosterFileType.USERS,
                        row,
                        key.name(),
                        "names learner " + learnerId + " as an earlier row does; the first was taken");
                continue;
            }
            learnerIds.put(row.sourcedId(), learnerId);
            learners.put(
                    learnerId,
                    new LearnerDetails(
                            learnerId,
                            displayName(row, learnerId),
                            school(row, schools),
                            grade(row),
                            !row.toBeDeleted() && !row.get("enabledUser").equalsIgnoreCase("false")));
        }
        return List.copyOf(learners.values());
    }

    /** Every code a class's course may have in the catalog, for the caller to look up. */
    Set<String> courseCodes() {
        Set<String> codes = new HashSet<>();
        for (Row row : rows(RosterFileType.CLASSES)) {
            codes.addAll(codesOf(row));
        }
        return codes;
    }

    /** The learner ids student enrollments name that the upload's users do not (to be found among the district's). */
    Set<String> learnersNamedElsewhere() {
        Set<String> named = new HashSet<>();
        for (Row row : rows(RosterFileType.ENROLLMENTS)) {
            String user = row.get("userSourcedId");
            if (row.get("role").equalsIgnoreCase(STUDENT) && !learnerIds.containsKey(user) && RosterIds.valid(user)) {
                named.add(user);
            }
        }
        return key == LearnerKey.sourcedId ? named : Set.of();
    }

    /** What student enrollments ask: courses to put on plans, and courses to take off them (status tobedeleted). */
    record Enrollments(List<Enrollment> enroll, List<Enrollment> withdraw) {}

    /**
     * The students' enrollments, each class's course matched by code among {@code coursesByCode} (lower case);
     * {@code registered} are learners of the district that enrollments may name without being in users.csv.
     */
    Enrollments enrollments(Map<String, CatalogCourse> coursesByCode, Set<String> registered) {
        Map<String, Row> classes = new HashMap<>();
        rows(RosterFileType.CLASSES).forEach(row -> classes.putIfAbsent(row.sourcedId(), row));
        Map<String, Enrollment> enroll = new LinkedHashMap<>();
        Map<String, Enrollment> withdraw = new LinkedHashMap<>();
        for (Row row : rows(RosterFileType.ENROLLMENTS)) {
            if (!row.get("role").equalsIgnoreCase(STUDENT)) {
                continue;
            }
            String user = row.get("userSourcedId");
            String learnerId = learnerIds.getOrDefault(user, registered.contains(user) ? user : null);
            if (learnerId == null) {
                issue(
                        RosterFileType.ENROLLMENTS,
                        row,
                        "userSourcedId",
                        "names no student of users.csv"
                                + (key == LearnerKey.sourcedId ? " nor a learner of the district" : "")
                                + " (" + user + "); the enrollment was not imported");
                continue;
            }
            Row klass = classes.get(row.get("classSourcedId"));
            if (klass == null) {
                issue(
                        RosterFileType.ENROLLMENTS,
                        row,
                        "classSourcedId",
                        "names no class of classes.csv (" + row.get("classSourcedId")
                                + "); the enrollment was not imported");
                continue;
            }
            Optional<CatalogCourse> course = codesOf(klass).stream()
                    .map(code -> coursesByCode.get(code.toLowerCase(Locale.ROOT)))
                    .filter(Objects::nonNull)
                    .findFirst();
            if (course.isEmpty()) {
                issue(
                        RosterFileType.ENROLLMENTS,
                        row,
                        "classSourcedId",
                        "class " + klass.sourcedId()
                                + " is of no course of the catalog (codes tried: " + String.join(", ", codesOf(klass))
                                + "); the enrollment was not imported");
                continue;
            }
            LocalDate start = date(row, "beginDate");
            LocalDate target = date(row, "endDate");
            if (start != null && target != null && target.isBefore(start)) {
                issue(RosterFileType.ENROLLMENTS, row, "endDate", "is before beginDate; left empty");
                target = null;
            }
            UUID courseId = course.get().courseId;
            Enrollment enrollment = new Enrollment(learnerId, courseId, start, target);
            (row.toBeDeleted() ? withdraw : enroll).putIfAbsent(learnerId + " " + courseId, enrollment);
        }
        withdraw.keySet().forEach(enroll::remove);
        return new Enrollments(List.copyOf(enroll.values()), List.copyOf(withdraw.values()));
    }

    /** Who is a student: users.csv's role (1.1), roles.csv (1.2), else anyone with a student enrollment. */
    private Set<String> students() {
        Set<String> students = new HashSet<>();
        rows(RosterFileType.USERS).stream()
                .filter(row -> row.get("role").equalsIgnoreCase(STUDENT))
                .forEach(row -> students.add(row.sourcedId()));
        rows(RosterFileType.ROLES).stream()
                .filter(row -> row.get("role").equalsIgnoreCase(STUDENT) && !row.toBeDeleted())
                .forEach(row -> students.add(row.get("userSourcedId")));
        boolean rolesGiven = rows(RosterFileType.USERS).stream()
                        .anyMatch(row -> !row.get("role").isEmpty())
                || upload.table(RosterFileType.ROLES).isPresent();
        if (!rolesGiven) {
            rows(RosterFileType.ENROLLMENTS).stream()
                    .filter(row -> row.get("role").equalsIgnoreCase(STUDENT))
                    .forEach(row -> students.add(row.get("userSourcedId")));
        }
        return students;
    }

    private String displayName(Row row, String learnerId) {
        String given = Stream.of(row.get("preferredGivenName"), row.get("givenName"))
                .filter(s -> !s.isEmpty())
                .findFirst()
                .orElse("");
        String family = Stream.of(row.get("preferredFamilyName"), row.get("familyName"))
                .filter(s -> !s.isEmpty())
                .findFirst()
                .orElse("");
        String name = (given + " " + family).strip();
        if (name.isEmpty()) {
            name = row.get("username").isEmpty() ? learnerId : row.get("username");
            issue(RosterFileType.USERS, row, "givenName", "and familyName are empty; named \"" + name + "\"");
        }
        return clip(name);
    }

    private String school(Row row, Set<String> schools) {
        List<String> orgs = orgsOf(row);
        Optional<String> school = orgs.stream().filter(schools::contains).findFirst();
        if (school.isEmpty() && !orgs.isEmpty()) {
            issue(
                    RosterFileType.USERS,
                    row,
                    "orgSourcedIds",
                    "none of " + orgs
                            + " is a school of the upload or the district (orgs of type school); her school is left empty");
        }
        return school.orElse(null);
    }

    private String grade(Row row) {
        String first = row.get("grades").split(",")[0].strip();
        if (first.isEmpty()) {
            return null;
        }
        if (!first.matches(RosterIds.GRADE_PATTERN)) {
            issue(
                    RosterFileType.USERS,
                    row,
                    "grades",
                    "\"" + first + "\" is not a grade level (e.g. 09, KG); left" + " empty");
            return null;
        }
        return first;
    }

    private LocalDate date(Row row, String column) {
        String value = row.get(column);
        if (value.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(value.length() > 10 && value.charAt(10) == 'T' ? value.substring(0, 10) : value);
        } catch (DateTimeParseException e) {
            issue(RosterFileType.ENROLLMENTS, row, column, "\"" + value + "\" is not a date (YYYY-MM-DD); left empty");
            return null;
        }
    }

    /** Her orgs: users.csv's primaryOrgSourcedId (1.2) and orgSourcedIds (1.1), then those of her roles (1.2). */
    private List<String> orgsOf(Row row) {
        Set<String> orgs = new LinkedHashSet<>();
        if (!row.get("primaryOrgSourcedId").isEmpty()) {
            orgs.add(row.get("primaryOrgSourcedId"));
        }
        Arrays.stream(row.get("orgSourcedIds").split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .forEach(orgs::add);
        orgs.addAll(roleOrgs.getOrDefault(row.sourcedId(), List.of()));
        return List.copyOf(orgs);
    }

    /** The codes a class's course may go by: courses.csv's courseCode, the class's classCode, the course's id. */
    private List<String> codesOf(Row klass) {
        List<String> codes = new ArrayList<>();
        String courseId = klass.get("courseSourcedId");
        if (courseCodes.containsKey(courseId)) {
            codes.add(courseCodes.get(courseId));
        }
        Stream.of(klass.get("classCode"), courseId)
                .filter(code -> !code.isEmpty() && !codes.contains(code))
                .forEach(codes::add);
        return codes;
    }

    private List<Row> rows(RosterFileType type) {
        return upload.table(type).map(t -> t.rows).orElse(List.of());
    }

    private void issue(RosterFileType type, Row row, String column, String issue) {
        String file = upload.table(type).map(t -> t.name).orElse(type.fileName);
        issues.add(new RowIssue(file, row.number(), row.sourcedId().isEmpty() ? null : row.sourcedId(), column, issue));
    }

    private static String clip(String name) {
        return name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name;
    }
}
