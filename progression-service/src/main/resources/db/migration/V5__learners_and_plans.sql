-- The district's schools, learners and learning plans. Learners are named by the district's own learner id (an
-- opaque string, unique within the district); schools by the district's school id (a OneRoster org sourcedId, or
-- any id the district uses). source says which writer made the row last: the API or a OneRoster import.

create table school (
    district   text        not null,
    school_id  text        not null,
    name       text        not null,
    source     text        not null check (source in ('API', 'ONEROSTER')),
    updated_at timestamptz not null,
    primary key (district, school_id)
);

create table learner (
    district      text        not null,
    learner_id    text        not null,
    display_name  text        not null,
    school_id     text,
    grade_level   text,
    active        boolean     not null default true,
    source        text        not null check (source in ('API', 'ONEROSTER')),
    -- Counts the learner's changes: the ETag of the learner and the order of its LearnerRegistered events.
    revision      integer     not null default 1,
    registered_at timestamptz not null,
    updated_at    timestamptz not null,
    primary key (district, learner_id)
);

create index learner_school on learner (district, school_id, learner_id);

-- A course of the catalog on a learner's learning plan, with the dates the district expects her to work in.
-- course_id is the competency-service's course id (the catalog read model's catalog.course.course_id); no foreign
-- key, since the read model may be rebuilt from events.
create table plan_course (
    district    text        not null,
    learner_id  text        not null,
    course_id   uuid        not null,
    start_date  date,
    target_date date,
    source      text        not null check (source in ('API', 'ONEROSTER')),
    enrolled_at timestamptz not null,
    updated_at  timestamptz not null,
    primary key (district, learner_id, course_id),
    foreign key (district, learner_id) references learner (district, learner_id) on delete cascade,
    check (target_date is null or start_date is null or target_date >= start_date)
);

create index plan_course_course on plan_course (district, course_id);
