package org.proficio.progression.roster;

/** Which column of users.csv becomes the learner id: the district decides how its learners are named in Proficio. */
public enum LearnerKey {
    /** The OneRoster sourcedId (the default): stable across the SIS's exports. */
    sourcedId,
    /** The user's identifier, often the SIS's student number. */
    identifier,
    /** The user's login name. */
    username
}
