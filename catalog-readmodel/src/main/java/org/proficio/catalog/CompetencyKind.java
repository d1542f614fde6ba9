package org.proficio.catalog;

/** What a competency is about: academic content, a skill, or a disposition (habits of mind, collaboration, ...). */
public enum CompetencyKind {
    ACADEMIC,
    SKILL,
    DISPOSITION
}
