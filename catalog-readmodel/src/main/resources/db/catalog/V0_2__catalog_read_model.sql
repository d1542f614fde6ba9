-- Shipped by the catalog-readmodel library to every service that keeps the catalog read model: the district's
-- published frameworks as the competency-service's FrameworkPublished snapshots describe them, written only by
-- org.proficio.catalog.CatalogUpdater. The tables live in their own schema, so that they never clash with a
-- service's tables (the services' first read models had public.catalog_* tables of their own).
-- Library migrations are versioned 0.2.x: after the platform's 0.1.x, before the service's own 1, 2, ...
-- Lists (subjects, education levels, keywords, course competency ids) are JSON arrays in text columns.

create schema if not exists catalog;

create table catalog.framework (
    id               uuid primary key,
    district         text        not null,
    identifier       text        not null,
    title            text        not null,
    version          text        not null,
    published_at     timestamptz not null,
    supersedes       uuid,
    subjects         text        not null default '[]',
    education_levels text        not null default '[]',
    language         text,
    origin           text        not null default 'API' check (origin in ('API', 'CASE', 'MOODLE')),
    -- Set by FrameworkRetired; the rows stay, so that learners' history on the framework stays valid.
    retired_at       timestamptz,
    superseded_by    uuid
);

create index framework_district on catalog.framework (district, published_at, id);
create index framework_identifier on catalog.framework (district, identifier);

create table catalog.competency (
    id                    uuid primary key,
    framework_id          uuid    not null references catalog.framework (id) on delete cascade,
    district              text    not null,
    identifier            text    not null,
    code                  text    not null,
    human_coding_scheme   text,
    statement             text    not null,
    abbreviated_statement text,
    parent_id             uuid,
    position              integer not null,
    kind                  text    not null default 'ACADEMIC' check (kind in ('ACADEMIC', 'SKILL', 'DISPOSITION')),
    item_type             text,
    education_levels      text    not null default '[]',
    keywords              text    not null default '[]'
);

create index competency_framework on catalog.competency (framework_id, position);
-- Evidence intake and progress look competencies up by district and id.
create index competency_district on catalog.competency (district, id);

create table catalog.scale_level (
    id           uuid primary key,
    framework_id uuid    not null references catalog.framework (id) on delete cascade,
    district     text    not null,
    code         text    not null,
    label        text    not null,
    description  text,
    score        numeric not null,
    proficient   boolean not null,
    position     integer not null,
    unique (framework_id, code)
);

-- competency_id is mastered after prerequisite_id; the prerequisite may be a competency of another framework of the
-- district (or one not published yet), hence no foreign key to catalog.competency.
create table catalog.prerequisite (
    id              uuid primary key,
    framework_id    uuid not null references catalog.framework (id) on delete cascade,
    district        text not null,
    competency_id   uuid not null,
    prerequisite_id uuid not null,
    unique (framework_id, competency_id, prerequisite_id)
);

create index prerequisite_competency on catalog.prerequisite (district, competency_id);
create index prerequisite_prerequisite on catalog.prerequisite (district, prerequisite_id);

create table catalog.rubric (
    id           uuid primary key,
    framework_id uuid    not null references catalog.framework (id) on delete cascade,
    district     text    not null,
    title        text,
    position     integer not null
);

create index rubric_framework on catalog.rubric (framework_id, position);

create table catalog.rubric_criterion (
    id            uuid primary key,
    rubric_id     uuid    not null references catalog.rubric (id) on delete cascade,
    framework_id  uuid    not null references catalog.framework (id) on delete cascade,
    district      text    not null,
    competency_id uuid,
    description   text,
    weight        numeric,
    position      integer not null
);

create index rubric_criterion_framework on catalog.rubric_criterion (framework_id);
create index rubric_criterion_competency on catalog.rubric_criterion (district, competency_id);

-- A criterion's descriptor of one level; the snapshot identifies it by its place among the criterion's levels.
create table catalog.rubric_level (
    id           uuid primary key,
    criterion_id uuid    not null references catalog.rubric_criterion (id) on delete cascade,
    framework_id uuid    not null references catalog.framework (id) on delete cascade,
    district     text    not null,
    scale_level  text,
    quality      text,
    description  text,
    score        numeric,
    position     integer not null,
    unique (criterion_id, position)
);

create index rubric_level_framework on catalog.rubric_level (framework_id);

create table catalog.learning_resource (
    id               uuid primary key,
    framework_id     uuid    not null references catalog.framework (id) on delete cascade,
    district         text    not null,
    competency_id    uuid    not null,
    title            text    not null,
    url              text    not null,
    modality         text    not null,
    expected_minutes integer,
    position         integer not null
);

create index learning_resource_framework on catalog.learning_resource (framework_id);
create index learning_resource_competency on catalog.learning_resource (district, competency_id);

-- A course as this framework's snapshot names it: a course counting competencies of several frameworks has one row
-- per framework, each as that framework's latest snapshot describes it.
create table catalog.course (
    id             uuid primary key,
    framework_id   uuid    not null references catalog.framework (id) on delete cascade,
    district       text    not null,
    course_id      uuid    not null,
    code           text    not null,
    title          text    not null,
    credits        numeric not null,
    competency_ids text    not null default '[]',
    position       integer not null,
    unique (framework_id, course_id)
);

create index course_district on catalog.course (district, course_id);
