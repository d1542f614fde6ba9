package org.proficio.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import java.util.UUID;

/** A competency of a published framework; evidence is submitted and mastery tracked against its id. */
@Entity
@Table(name = "competency", schema = "catalog")
public class CatalogCompetency {

    @Id
    public UUID id;

    @Column(name = "framework_id", nullable = false)
    public UUID frameworkId;

    @Column(nullable = false)
    public String district;

    /** The CASE identifier of the item. */
    @Column(nullable = false)
    public String identifier;

    /** What people call it: the humanCodingScheme when there is one, else the identifier. */
    @Column(nullable = false)
    public String code;

    @Column(name = "human_coding_scheme")
    public String humanCodingScheme;

    @Column(nullable = false)
    public String statement;

    @Column(name = "abbreviated_statement")
    public String abbreviatedStatement;

    @Column(name = "parent_id")
    public UUID parentId;

    /** Order among all competencies of the framework, as the competency-service gave it. */
    @Column(nullable = false)
    public int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CompetencyKind kind;

    @Column(name = "item_type")
    public String itemType;

    @Convert(converter = JsonStrings.class)
    @Column(name = "education_levels", nullable = false)
    public List<String> educationLevels = List.of();

    @Convert(converter = JsonStrings.class)
    @Column(nullable = false)
    public List<String> keywords = List.of();
}
