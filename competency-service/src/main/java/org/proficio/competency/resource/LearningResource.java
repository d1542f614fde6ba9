package org.proficio.competency.resource;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Material that helps a learner towards one competency: a video, a reading, practice, a tutor. Not part of the
 * framework's immutable content, so it can change under a published framework.
 */
@Entity
@Table(name = "learning_resource")
public class LearningResource {

    /** How the learner works with the resource. */
    public enum Modality {
        VIDEO,
        AUDIO,
        READING,
        /** an interactive lesson or simulation */
        INTERACTIVE,
        /** exercises, problem sets, quizzes for practice */
        PRACTICE,
        GAME,
        PROJECT,
        /** a person: tutoring, office hours, a study group */
        TUTORING,
        OTHER
    }

    @Id
    public UUID id;

    @Column(nullable = false)
    public String district;

    @Column(name = "competency_id", nullable = false)
    public UUID competencyId;

    /** The competency's framework. */
    @Column(name = "framework_id", nullable = false)
    public UUID frameworkId;

    @Column(nullable = false)
    public String title;

    /** An absolute http(s) URL. */
    @Column(nullable = false)
    public String link;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Modality modality;

    @Column(name = "expected_minutes", nullable = false)
    public int expectedMinutes;

    public String description;

    /** BCP 47 language tag of the material, e.g. {@code en}, {@code es-MX}. */
    public String language;

    /** Who added it (the token's user name). */
    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    /** Optimistic lock; also the ETag. */
    @Version
    public int revision;
}
