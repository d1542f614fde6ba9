package org.proficio.progression.policy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One version of a district's mastery policy ({@code frameworkId} null) or of a framework's override. Rows are
 * never changed: a change is a new version, and the highest version of a scope is the one in force.
 */
@Entity
@Table(name = "mastery_policy")
public class PolicyVersion {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String district;

    @Column(name = "framework_id")
    public UUID frameworkId;

    @Column(nullable = false)
    public int version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Algorithm algorithm;

    public BigDecimal weight;

    @Column(name = "required_count")
    public Integer requiredCount;

    @Column(name = "min_evidence", nullable = false)
    public int minEvidence;

    @Column(name = "require_performance", nullable = false)
    public boolean requirePerformance;

    @Column(name = "require_summative", nullable = false)
    public boolean requireSummative;

    @Column(name = "struggling_after", nullable = false)
    public int strugglingAfter;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    public MasteryPolicy policy() {
        return new MasteryPolicy(
                algorithm, weight, requiredCount, minEvidence, requirePerformance, requireSummative, strugglingAfter);
    }
}
