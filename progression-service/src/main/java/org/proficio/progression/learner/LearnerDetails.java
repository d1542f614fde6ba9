package org.proficio.progression.learner;

/**
 * What the district says about a learner, from whichever writer: the API, a bulk request or a OneRoster row.
 *
 * @param schoolId a school of the district, or null
 * @param gradeLevel the grade she is in (CEDS codes such as {@code 09} or {@code KG}), or null
 */
public record LearnerDetails(
        String learnerId, String displayName, String schoolId, String gradeLevel, boolean active) {}
