package org.proficio.progression.mastery;

import org.proficio.progression.mastery.MasteryDecider.Outcome;

/** What judging a scope's standings again changed: how many were judged, how many changed status, up or down. */
public final class Rejudged {

    private int judged;
    private int up;
    private int down;
    private int valuesOnly;

    void count(Outcome outcome) {
        judged++;
        if (outcome.decision() != null && !outcome.statusChanged()) {
            valuesOnly++;
        }
        if (outcome.statusChanged()) {
            if (rank(outcome.decision().status) > rank(outcome.decision().previousStatus)) {
                up++;
            } else {
                down++;
            }
        }
    }

    /** Towards mastery: NOT_STARTED, STRUGGLING, IN_PROGRESS, PROFICIENT, MASTERED. */
    static int rank(MasteryStatus status) {
        return switch (status) {
            case NOT_STARTED -> 0;
            case STRUGGLING -> 1;
            case IN_PROGRESS -> 2;
            case PROFICIENT -> 3;
            case MASTERED -> 4;
        };
    }

    public int judged() {
        return judged;
    }

    public int changed() {
        return up + down;
    }

    public int up() {
        return up;
    }

    public int down() {
        return down;
    }

    /** Standings whose value changed but not their status. */
    public int valuesOnly() {
        return valuesOnly;
    }
}
