-- The district's graduation pathways as the competency-service's PathwayDefined events describe them (the highest
-- revision per pathway): what a learner must complete for a proficiency-based diploma. Lists of ids are JSON arrays.
create table catalog.pathway (
    id                      uuid primary key,
    district                text        not null,
    name                    text        not null,
    diploma                 text        not null,
    min_credits             numeric,
    required_course_ids     text        not null default '[]',
    required_competency_ids text        not null default '[]',
    revision                integer     not null,
    defined_at              timestamptz not null
);

create index pathway_district on catalog.pathway (district, name);
