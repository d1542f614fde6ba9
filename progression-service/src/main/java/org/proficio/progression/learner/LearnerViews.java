package org.proficio.progression.learner;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What clients send and get back about learners and schools. */
public final class LearnerViews {

    private LearnerViews() {}

    @Schema(name = "LearnerInput", description = "A learner as the district registers her.")
    public record LearnerInput(
            @NotBlank @Size(max = 200) @Schema(required = true, examples = "Ada Lovelace")
            String displayName,

            @Pattern(regexp = RosterIds.PATTERN, message = RosterIds.MESSAGE)
            @Schema(
                    description = "a school of the district (PUT /api/v1/schools/{schoolId} first)",
                    examples = "north-high")
            String schoolId,

            @Pattern(regexp = RosterIds.GRADE_PATTERN, message = "must be 1 to 20 letters or digits, e.g. 09 or KG")
            @Schema(description = "the grade she is in, a CEDS code such as 09 or KG", examples = "09")
            String gradeLevel,

            @Schema(description = "false for a learner who left; default true")
            Boolean active) {

        LearnerDetails details(String learnerId) {
            return new LearnerDetails(
                    learnerId, displayName.strip(), schoolId, gradeLevel, !Boolean.FALSE.equals(active));
        }
    }

    @Schema(name = "LearnerBatchItem", description = "One learner of a bulk registration.")
    public record LearnerItem(
            @NotNull
            @Pattern(regexp = RosterIds.PATTERN, message = RosterIds.MESSAGE)
            @Schema(required = true, description = "the district's learner id", examples = "s-0001")
            String learnerId,

            @NotBlank @Size(max = 200) @Schema(required = true, examples = "Ada Lovelace")
            String displayName,

            @Pattern(regexp = RosterIds.PATTERN, message = RosterIds.MESSAGE) @Schema(examples = "north-high")
            String schoolId,

            @Pattern(regexp = RosterIds.GRADE_PATTERN, message = "must be 1 to 20 letters or digits, e.g. 09 or KG")
            @Schema(examples = "09")
            String gradeLevel,

            Boolean active) {

        LearnerDetails details() {
            return new LearnerInput(displayName, schoolId, gradeLevel, active).details(learnerId);
        }
    }

    @Schema(name = "LearnerBatch", description = "Up to 1,000 learners, registered together or not at all.")
    public record LearnerBatch(
            @NotNull @Size(min = 1, max = 1000) @Schema(required = true)
            List<@NotNull @Valid LearnerItem> learners) {}

    @Schema(name = "Learner")
    public record LearnerView(
            @Schema(examples = "s-0001") String learnerId,
            @Schema(examples = "Ada Lovelace") String displayName,
            @Schema(examples = "north-high") String schoolId,
            @Schema(examples = "09") String gradeLevel,
            boolean active,

            @Schema(description = "registered because evidence named her; the district has not confirmed her yet")
            boolean flagged,

            @Schema(description = "who last wrote her: API, ONEROSTER or EVIDENCE")
            RosterSource source,

            @Schema(description = "counts her changes; her ETag", examples = "1")
            int revision,

            OffsetDateTime registeredAt,
            OffsetDateTime updatedAt) {

        static LearnerView of(Learner l) {
            return new LearnerView(
                    l.learnerId,
                    l.displayName,
                    l.schoolId,
                    l.gradeLevel,
                    l.active,
                    l.flagged,
                    l.source,
                    l.revision,
                    l.registeredAt,
                    l.updatedAt);
        }
    }

    @Schema(name = "LearnerBatchResult")
    public record BatchView(int created, int updated, int unchanged, List<Registration> learners) {

        static BatchView of(List<Registration> registrations) {
            return new BatchView(
                    count(registrations, Registration.Outcome.CREATED),
                    count(registrations, Registration.Outcome.UPDATED),
                    count(registrations, Registration.Outcome.UNCHANGED),
                    registrations);
        }

        private static int count(List<Registration> registrations, Registration.Outcome outcome) {
            return (int)
                    registrations.stream().filter(r -> r.outcome() == outcome).count();
        }
    }

    @Schema(name = "LearnerPage")
    public record LearnerPage(
            List<LearnerView> items,
            @Schema(description = "absent on the last page") String nextCursor) {}

    @Schema(name = "SchoolInput")
    public record SchoolInput(
            @NotBlank @Size(max = 200) @Schema(required = true, examples = "North High")
            String name) {}

    @Schema(name = "School")
    public record SchoolView(
            @Schema(examples = "north-high") String schoolId,
            @Schema(examples = "North High") String name,
            RosterSource source,
            OffsetDateTime updatedAt) {

        static SchoolView of(School s) {
            return new SchoolView(s.schoolId, s.name, s.source, s.updatedAt);
        }
    }

    @Schema(name = "SchoolPage")
    public record SchoolPage(
            List<SchoolView> items,
            @Schema(description = "absent on the last page") String nextCursor) {}
}
