package org.proficio.competency.casepackage;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.UUID;
import org.proficio.competency.framework.Framework;

/**
 * One CASE definition of a framework (an item type, subject, concept, licence or association grouping), kept as the
 * JSON object the package gave (normalised to what the CASE schema allows) so that an export gives it back.
 */
@Entity
@Table(name = "case_definition")
public class CaseDefinition {

    /** The CASE definition kinds; the constant names are the CASE type names. */
    public enum Kind {
        CFItemType("CFItemTypes"),
        CFSubject("CFSubjects"),
        CFConcept("CFConcepts"),
        CFLicense("CFLicenses"),
        CFAssociationGrouping("CFAssociationGroupings");

        /** The key of the list in a CFPackage's CFDefinitions, and the path segment of the CASE REST API. */
        public final String listName;

        Kind(String listName) {
            this.listName = listName;
        }
    }

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "framework_id")
    public Framework framework;

    @Column(nullable = false)
    public String district;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Column(nullable = false)
    public String identifier;

    public String title;

    /** Order within its kind, as given. */
    @Column(nullable = false)
    public int position;

    /** The definition as a JSON object (CASE field names). */
    @Column(nullable = false)
    public String body;
}
