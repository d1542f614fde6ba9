package org.proficio.competency.framework;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A district's competency framework: a tree of competencies and the scale they are judged on. */
@Entity
@Table(name = "framework")
public class Framework {

    /** DRAFT can change; PUBLISHED is immutable and visible to the district; RETIRED is kept for history. */
    public enum Status {
        DRAFT,
        PUBLISHED,
        RETIRED
    }

    @Id
    public UUID id;

    @Column(nullable = false)
    public String district;

    @Column(nullable = false)
    public String title;

    public String subject;

    @Column(nullable = false)
    public String version;

    public String language;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    /** Optimistic lock; also the ETag of the framework. */
    @Version
    public int revision;

    @OneToMany(mappedBy = "framework", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<Competency> competencies = new ArrayList<>();

    @OneToMany(mappedBy = "framework", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<ScaleLevel> scale = new ArrayList<>();
}
