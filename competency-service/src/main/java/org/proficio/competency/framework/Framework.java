package org.proficio.competency.framework;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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

    /** Where the framework came from. */
    public enum Origin {
        API,
        CASE,
        MOODLE
    }

    @Id
    public UUID id;

    @Column(nullable = false)
    public String district;

    /**
     * The CASE identifier (CFDocument identifier): shared by all versions of the framework, the key a re-import
     * matches on.
     */
    @Column(nullable = false)
    public String identifier;

    public String uri;

    public String creator;

    public String publisher;

    public String description;

    @Convert(converter = JsonList.class)
    @Column(nullable = false)
    public List<String> subjects = new ArrayList<>();

    @Convert(converter = JsonList.class)
    @Column(name = "education_levels", nullable = false)
    public List<String> educationLevels = new ArrayList<>();

    /** Licence: a title or a CASE licenseURI link as JSON. */
    public String licence;

    /** Where the framework is published officially (CASE officialSourceURL, Moodle source). */
    @Column(name = "source_uri")
    public String sourceUri;

    public String notes;

    @Column(name = "adoption_status")
    public String adoptionStatus;

    @Column(name = "status_start_date")
    public String statusStartDate;

    @Column(name = "status_end_date")
    public String statusEndDate;

    @Column(name = "last_change")
    public OffsetDateTime lastChange;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Origin origin = Origin.API;

    /** The published version this one replaces, if any. */
    @Column(name = "supersedes_id")
    public UUID supersedesId;

    @Column(name = "retired_at")
    public OffsetDateTime retiredAt;

    /** Fields of the imported CFDocument that have no column, as a JSON object; given back on export. */
    @Column(name = "case_extra")
    public String caseExtra;

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

    /** All associations of the framework: the tree (isChildOf), prerequisites (precedes) and the other CASE kinds. */
    @OneToMany(mappedBy = "framework", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<Association> associations = new ArrayList<>();
}
