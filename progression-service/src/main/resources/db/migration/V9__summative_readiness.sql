-- What assessment-service has told about a learner's readiness for the summative assessments of a competency: its
-- ReadinessDenied events, the latest per learner, competency and assessment. A current target's next step shows them;
-- a summative score on the competency observed later (the attempt that was then allowed) clears them.
create table summative_readiness (
    district      text        not null,
    learner_id    text        not null,
    competency_id uuid        not null,
    assessment_id uuid        not null,
    assessment_kind text      not null,
    refusal       text        not null check (refusal in ('NOT_READY', 'RETEST_REFUSED')),
    attempt       integer     not null check (attempt >= 1),
    unmet         text        not null default '[]',
    denied_at     timestamptz not null,
    primary key (district, learner_id, competency_id, assessment_id)
);
