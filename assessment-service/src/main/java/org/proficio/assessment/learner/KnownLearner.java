package org.proficio.assessment.learner;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** A learner the district registered, as progression-service's LearnerRegistered says (highest revision kept). */
@Entity
@Table(name = "known_learner")
@IdClass(KnownLearner.Key.class)
public class KnownLearner {

    @Id
    public String district;

    @Id
    @Column(name = "learner_id")
    public String learnerId;

    @Column(nullable = false)
    public int revision;

    @Column(nullable = false)
    public boolean active;

    @Column(nullable = false)
    public boolean flagged;

    public record Key(String district, String learnerId) implements Serializable {}
}
