package org.proficio.progression.mastery;

/**
 * The walking skeleton's mastery rule, free of I/O so that it can be tested on its own.
 *
 * <ul>
 *   <li>A score below proficient adds to the consecutive count; reaching {@code strugglingAfter} makes the learner
 *       STRUGGLING, once: further low scores keep the status without a new decision to support them.
 *   <li>A proficient score clears the consecutive count; with {@code proficientEvidenceRequired} proficient pieces
 *       the competency is MASTERED. Short of that a struggling learner is back IN_PROGRESS.
 *   <li>MASTERED stays: a later low score is recorded but does not take mastery back.
 * </ul>
 */
public final class MasteryRule {

    private final int strugglingAfter;
    private final int proficientEvidenceRequired;

    public MasteryRule(int strugglingAfter, int proficientEvidenceRequired) {
        if (strugglingAfter < 1 || proficientEvidenceRequired < 1) {
            throw new IllegalArgumentException("mastery thresholds must be at least 1");
        }
        this.strugglingAfter = strugglingAfter;
        this.proficientEvidenceRequired = proficientEvidenceRequired;
    }

    public static MasteryRule of(MasteryConfig config) {
        return new MasteryRule(config.strugglingAfter(), config.proficientEvidenceRequired());
    }

    /** Decides what one more scored piece of evidence at {@code level} means for the learner. */
    public Decision apply(Standing current, String level, boolean proficient) {
        int evidence = current.evidenceCount() + 1;
        int proficientCount = current.proficientCount() + (proficient ? 1 : 0);
        int consecutive = proficient ? 0 : current.consecutiveNonProficient() + 1;
        MasteryStatus from = current.status();
        MasteryStatus to;
        String reason;
        if (from == MasteryStatus.MASTERED) {
            to = MasteryStatus.MASTERED;
            reason = proficient
                    ? "Already mastered; proficient score (" + level + ") recorded."
                    : "Already mastered; score below proficient (" + level + ") recorded, mastery stays.";
        } else if (proficient && proficientCount >= proficientEvidenceRequired) {
            to = MasteryStatus.MASTERED;
            reason = "Mastered: " + pieces(proficientCount) + " of proficient evidence (" + proficientEvidenceRequired
                    + " required); last score " + level + ".";
        } else if (proficient) {
            to = MasteryStatus.IN_PROGRESS;
            reason = "Proficient score (" + level + "): " + proficientCount + " of " + proficientEvidenceRequired
                    + " proficient pieces of evidence required for mastery"
                    + (from == MasteryStatus.STRUGGLING ? "; no longer struggling." : ".");
        } else if (from == MasteryStatus.STRUGGLING) {
            to = MasteryStatus.STRUGGLING;
            reason = "Still struggling: " + consecutive + " consecutive scores below proficient (" + level + ").";
        } else if (consecutive >= strugglingAfter) {
            to = MasteryStatus.STRUGGLING;
            reason = consecutive + " consecutive " + (consecutive == 1 ? "score" : "scores") + " below proficient"
                    + " (threshold " + strugglingAfter + "); last score " + level + ".";
        } else {
            to = MasteryStatus.IN_PROGRESS;
            reason = "Score below proficient (" + level + "): " + consecutive + " in a row, " + strugglingAfter
                    + " would mean struggling.";
        }
        return new Decision(current, new Standing(to, evidence, proficientCount, consecutive), reason);
    }

    private static String pieces(int count) {
        return count == 1 ? "1 piece" : count + " pieces";
    }

    /**
     * What the rule decided about one piece of evidence.
     *
     * @param reason why, in words a learner, a family or an educator can read
     */
    public record Decision(Standing before, Standing after, String reason) {

        public boolean statusChanged() {
            return before.status() != after.status();
        }

        /** The learner has just become STRUGGLING: support should step in. */
        public boolean enteredStruggling() {
            return statusChanged() && after.status() == MasteryStatus.STRUGGLING;
        }

        public boolean enteredMastered() {
            return statusChanged() && after.status() == MasteryStatus.MASTERED;
        }
    }
}
