package org.proficio.progression.plan;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.proficio.progression.learner.RosterSource;

/** What every entry of a learning plan holds, a course or a pathway: whose, its dates, and who wrote it when. */
@MappedSuperclass
public abstract class PlanEntry {

    @Id
    public String district;

    @Id
    @Column(name = "learner_id")
    public String learnerId;

    @Column(name = "start_date")
    public LocalDate startDate;

    @Column(name = "target_date")
    public LocalDate targetDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RosterSource source;

    @Column(name = "enrolled_at", nullable = false)
    public OffsetDateTime enrolledAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    /** Whether the entry already has these dates. */
    boolean has(LocalDate start, LocalDate target) {
        return java.util.Objects.equals(startDate, start) && java.util.Objects.equals(targetDate, target);
    }

    /** Takes these dates, as written by {@code by} at {@code at}. */
    void take(LocalDate start, LocalDate target, RosterSource by, OffsetDateTime at) {
        startDate = start;
        targetDate = target;
        source = by;
        updatedAt = at;
    }
}
