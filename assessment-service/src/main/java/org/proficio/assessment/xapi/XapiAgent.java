package org.proficio.assessment.xapi;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;

/** One xAPI agent identifier of a learner: statements by that agent are evidence of that learner. */
@Entity
@Table(name = "xapi_agent")
public class XapiAgent {

    @EmbeddedId
    public Key key;

    @Column(name = "learner_id", nullable = false)
    public String learnerId;

    @Column(name = "mapped_by", nullable = false)
    public String mappedBy;

    @Column(name = "mapped_at", nullable = false)
    public OffsetDateTime mappedAt;

    /** An identifier names one learner of a district; see {@link Ifi} for the form of {@code ifi}. */
    @Embeddable
    public static class Key implements Serializable {

        @Column(nullable = false)
        public String district;

        @Column(nullable = false)
        public String ifi;

        protected Key() {}

        public Key(String district, String ifi) {
            this.district = district;
            this.ifi = ifi;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && district.equals(k.district) && ifi.equals(k.ifi);
        }

        @Override
        public int hashCode() {
            return Objects.hash(district, ifi);
        }
    }
}
