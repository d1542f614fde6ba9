-- Readiness and retests: the preparation a learner completed for an assessment (a retest after a non-proficient
-- summative attempt needs one recorded since that attempt) and educators' confirmations that a learner is ready for
-- an assessment. Both are scoped by district like every row.

create table preparation (
    id            uuid primary key,
    district      text        not null,
    learner_id    text        not null,
    assessment_id uuid        not null references assessment (id),
    activity      text        not null check (length(activity) between 1 and 500),
    completed_on  date        not null,
    -- who vouches it was done; the recording caller unless they named someone
    verified_by   text        not null,
    recorded_by   text        not null,
    recorded_at   timestamptz not null
);

-- A learner's preparation, newest first (keyset paging), and "recorded since the last attempt" per assessment.
create index preparation_learner on preparation (district, learner_id, recorded_at desc, id desc);
create index preparation_assessment on preparation (district, learner_id, assessment_id, recorded_at);

create table readiness_confirmation (
    id            uuid primary key,
    district      text        not null,
    learner_id    text        not null,
    assessment_id uuid        not null references assessment (id),
    note          text check (length(note) <= 2000),
    confirmed_by  text        not null,
    confirmed_at  timestamptz not null
);

create index readiness_confirmation_learner
    on readiness_confirmation (district, learner_id, confirmed_at desc, id desc);
create index readiness_confirmation_assessment on readiness_confirmation (district, learner_id, assessment_id);

-- Attempt numbers are counted from the learner's earlier attempts inside the intake transaction, which holds an
-- advisory lock per learner and assessment meanwhile (readiness/Attempts). This index is the last guard: two
-- attempts of a learner at an assessment never share a number.
create unique index evidence_attempt on evidence (district, learner_id, assessment_id, attempt)
    where assessment_id is not null;
