-- Proficiency scales, learning resources, courses with their credit mapping and graduation pathways.

-- The scales a district defines. The default four-level scale is not stored: every district has it.
create table proficiency_scale (
    id          uuid primary key,
    district    text        not null,
    name        text        not null,
    description text,
    created_at  timestamptz not null
);

create unique index proficiency_scale_name on proficiency_scale (district, lower(name));
create index proficiency_scale_district on proficiency_scale (district, created_at, id);

create table proficiency_scale_level (
    id          uuid primary key,
    scale_id    uuid    not null references proficiency_scale (id) on delete cascade,
    position    integer not null,
    code        text    not null,
    label       text    not null,
    description text,
    score       numeric not null,
    proficient  boolean not null,
    unique (scale_id, position),
    unique (scale_id, code)
);

-- Material that helps a learner towards one competency. Not part of a framework's immutable content: it can be
-- added to, changed and removed under published frameworks too. framework_id is the competency's, kept for lookups.
create table learning_resource (
    id               uuid primary key,
    district         text        not null,
    competency_id    uuid        not null references competency (id) on delete cascade,
    framework_id     uuid        not null references framework (id) on delete cascade,
    title            text        not null,
    link             text        not null,
    modality         text        not null check (modality in ('VIDEO', 'AUDIO', 'READING', 'INTERACTIVE', 'PRACTICE',
                                                              'GAME', 'PROJECT', 'TUTORING', 'OTHER')),
    expected_minutes integer     not null check (expected_minutes between 1 and 600),
    description      text,
    language         text,
    created_by       text        not null,
    created_at       timestamptz not null,
    updated_at       timestamptz not null,
    revision         integer     not null default 0
);

create index learning_resource_competency on learning_resource (competency_id, created_at, id);
create index learning_resource_framework on learning_resource (framework_id);

-- Courses of a district; credit is earned by mastering the course's competencies.
create table course (
    id          uuid primary key,
    district    text          not null,
    code        text          not null,
    title       text          not null,
    credits     numeric(5, 2) not null check (credits > 0),
    description text,
    created_at  timestamptz   not null,
    updated_at  timestamptz   not null,
    revision    integer       not null default 0
);

create unique index course_code on course (district, lower(code));
create index course_district on course (district, created_at, id);

create table course_competency (
    course_id     uuid not null references course (id) on delete cascade,
    competency_id uuid not null references competency (id) on delete cascade,
    primary key (course_id, competency_id)
);

create index course_competency_competency on course_competency (competency_id);

-- Graduation pathways: what a learner must complete for a diploma; several pathways may lead to the same diploma.
create table pathway (
    id          uuid primary key,
    district    text        not null,
    name        text        not null,
    diploma     text        not null,
    description text,
    min_credits numeric(6, 2) check (min_credits > 0),
    created_at  timestamptz not null,
    updated_at  timestamptz not null,
    revision    integer     not null default 0
);

create unique index pathway_name on pathway (district, lower(name));
create index pathway_district on pathway (district, created_at, id);

-- A course a pathway requires cannot be deleted (no cascade): the pathway must drop it first.
create table pathway_course (
    pathway_id uuid not null references pathway (id) on delete cascade,
    course_id  uuid not null references course (id),
    primary key (pathway_id, course_id)
);

create index pathway_course_course on pathway_course (course_id);

create table pathway_competency (
    pathway_id    uuid not null references pathway (id) on delete cascade,
    competency_id uuid not null references competency (id) on delete cascade,
    primary key (pathway_id, competency_id)
);

create index pathway_competency_competency on pathway_competency (competency_id);
