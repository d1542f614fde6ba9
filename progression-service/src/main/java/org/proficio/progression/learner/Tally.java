package org.proficio.progression.learner;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How many rows a write created, updated and found as they were. */
@Schema(name = "WriteCounts")
public record Tally(int created, int updated, int unchanged) {

    public static Tally of(List<Registration> registrations) {
        return new Tally(
                count(registrations, Registration.Outcome.CREATED),
                count(registrations, Registration.Outcome.UPDATED),
                count(registrations, Registration.Outcome.UNCHANGED));
    }

    private static int count(List<Registration> registrations, Registration.Outcome outcome) {
        return (int) registrations.stream().filter(r -> r.outcome() == outcome).count();
    }
}
