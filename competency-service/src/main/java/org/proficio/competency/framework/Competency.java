package org.proficio.competency.framework;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** One node of a framework's tree: a domain, a competency or a learning target. */
@Entity
@Table(name = "competency")
public class Competency {

    /** What a competency is about: academic content, a skill, or a disposition (habit of mind). */
    public enum Kind {
        ACADEMIC,
        SKILL,
        DISPOSITION
    }

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "framework_id")
    public Framework framework;

    @Column(nullable = false)
    public String district;

    /** The CASE identifier (CFItem identifier), unique within the framework and kept across its versions. */
    @Column(nullable = false)
    public String identifier;

    public String uri;

    /** Human coding scheme, e.g. {@code 6.RP.A.1}; optional in CASE. */
    public String code;

    @Column(nullable = false)
    public String statement;

    @Column(name = "abbreviated_statement")
    public String abbreviatedStatement;

    @Column(name = "alternative_label")
    public String alternativeLabel;

    /** CASE CFItemType, e.g. Domain, Standard, Learning Target. */
    @Column(name = "item_type")
    public String itemType;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind = Kind.ACADEMIC;

    @Convert(converter = JsonList.class)
    @Column(name = "education_levels", nullable = false)
    public List<String> educationLevels = new ArrayList<>();

    @Convert(converter = JsonList.class)
    @Column(nullable = false)
    public List<String> keywords = new ArrayList<>();

    @Column(name = "list_enumeration")
    public String listEnumeration;

    public String notes;

    public String language;

    @Column(name = "last_change")
    public OffsetDateTime lastChange;

    /** Fields of the imported CFItem that have no column, as a JSON object; given back on export. */
    @Column(name = "case_extra")
    public String caseExtra;

    @Column(name = "parent_id")
    public UUID parentId;

    /** Order among all competencies of the framework (depth-first as given). */
    @Column(nullable = false)
    public int position;
}
