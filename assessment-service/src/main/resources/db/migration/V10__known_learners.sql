-- The district's registered learners as progression-service's LearnerRegistered events describe them (the highest
-- revision per learner), and the district's setting for evidence about a learner it has not registered: REGISTER
-- (the default: accepted, and progression registers her flagged) or REFUSE (422 naming her).
create table known_learner (
    district   text    not null,
    learner_id text    not null,
    revision   integer not null,
    active     boolean not null,
    flagged    boolean not null,
    primary key (district, learner_id)
);

create table evidence_setting (
    district         text        primary key,
    unknown_learners text        not null check (unknown_learners in ('REGISTER', 'REFUSE')),
    revision         integer     not null,
    updated_at       timestamptz not null,
    updated_by       text        not null
);
