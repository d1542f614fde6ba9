package org.proficio.progression.mastery;

/** Where a learner stands on one competency. */
public enum MasteryStatus {
    /** No scored evidence yet. */
    NOT_STARTED,
    /** Evidence came in; neither mastered nor stuck. */
    IN_PROGRESS,
    /** Too many consecutive scores below proficient: the learner needs support now. */
    STRUGGLING,
    /** Enough proficient evidence; mastery is not taken back by a later low score. */
    MASTERED
}
