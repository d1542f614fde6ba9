package org.proficio.assessment.xapi;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/** An xAPI statement that became evidence: its id is taken in the district, for this content only. */
@Entity
@Table(name = "xapi_statement")
public class XapiStatement {

    @EmbeddedId
    public Key key;

    @Column(name = "evidence_id", nullable = false)
    public UUID evidenceId;

    /** {@link StatementComparison#hash}: a later statement with this id and another hash is a conflict. */
    @Column(name = "request_hash", nullable = false)
    public String requestHash;

    @Column(name = "received_at", nullable = false)
    public OffsetDateTime receivedAt;

    @Column(name = "submitted_by", nullable = false)
    public String submittedBy;

    @Embeddable
    public static class Key implements Serializable {

        @Column(nullable = false)
        public String district;

        @Column(name = "statement_id", nullable = false)
        public UUID statementId;

        protected Key() {}

        public Key(String district, UUID statementId) {
            this.district = district;
            this.statementId = statementId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && district.equals(k.district) && statementId.equals(k.statementId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(district, statementId);
        }
    }
}
