package org.proficio.assessment.idempotency;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;

/** The result of a request made under an Idempotency-Key, kept for the client's retries. */
@Entity
@Table(name = "idempotency_key")
public class IdempotencyRecord {

    @EmbeddedId
    public Key key;

    /** SHA-256 of the operation and the request, to tell a retry from a different request under the same key. */
    @Column(name = "request_hash", nullable = false)
    public String requestHash;

    /** The result as JSON; written in the same transaction as the claim, so never null once committed. */
    public String response;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    /** A key is the client's, within its district and its identity. */
    @Embeddable
    public static class Key implements Serializable {

        @Column(nullable = false)
        public String district;

        @Column(nullable = false)
        public String caller;

        @Column(name = "idempotency_key", nullable = false)
        public String value;

        protected Key() {}

        public Key(String district, String caller, String value) {
            this.district = district;
            this.caller = caller;
            this.value = value;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k
                    && district.equals(k.district)
                    && caller.equals(k.caller)
                    && value.equals(k.value);
        }

        @Override
        public int hashCode() {
            return Objects.hash(district, caller, value);
        }
    }
}
