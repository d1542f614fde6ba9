package org.proficio.competency.framework;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A CASE association between two nodes, owned by one framework. {@code isChildOf} rows make the tree (the child is the
 * origin), {@code precedes} rows the prerequisites (the origin must be mastered before the destination); the other
 * types are kept and exported again. A node that is not one of the district's competencies (another document,
 * another server) is known by its identifier, uri and title only, and its local id is null.
 */
@Entity
@Table(name = "association")
public class Association {

    /** The CASE 1.0 association types. */
    public static final java.util.Set<String> TYPES = java.util.Set.of(
            "isChildOf",
            "isPeerOf",
            "isPartOf",
            "exactMatchOf",
            "precedes",
            "isRelatedTo",
            "replacedBy",
            "exemplar",
            "hasSkillLevel");

    public static final String IS_CHILD_OF = "isChildOf";
    public static final String PRECEDES = "precedes";

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "framework_id")
    public Framework framework;

    @Column(nullable = false)
    public String district;

    @Column(nullable = false)
    public String identifier;

    public String uri;

    @Column(nullable = false)
    public String type;

    @Column(name = "origin_identifier", nullable = false)
    public String originIdentifier;

    @Column(name = "origin_uri")
    public String originUri;

    @Column(name = "origin_title")
    public String originTitle;

    /** The local competency at the origin, or null when the origin is outside the district's catalog. */
    @Column(name = "origin_id")
    public UUID originId;

    @Column(name = "destination_identifier", nullable = false)
    public String destinationIdentifier;

    @Column(name = "destination_uri")
    public String destinationUri;

    @Column(name = "destination_title")
    public String destinationTitle;

    /** The local competency at the destination, or null (the framework's document itself, or outside). */
    @Column(name = "destination_id")
    public UUID destinationId;

    @Column(name = "grouping_identifier")
    public String groupingIdentifier;

    @Column(name = "sequence_number")
    public Integer sequenceNumber;

    /** Order within the framework, as given. */
    @Column(nullable = false)
    public int position;

    @Column(name = "last_change")
    public OffsetDateTime lastChange;

    /** Fields of the imported CFAssociation that have no column, as a JSON object. */
    @Column(name = "case_extra")
    public String caseExtra;
}
