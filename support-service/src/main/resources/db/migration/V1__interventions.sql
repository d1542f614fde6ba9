-- Interventions: support opened for a learner stuck on a competency, and how it ended.

create table intervention (
    id            uuid primary key,
    district      text        not null,
    learner_id    text        not null,
    competency_id uuid        not null,
    framework_id  uuid        not null,
    reason        text        not null,
    status        text        not null check (status in ('OPEN', 'RESOLVED')),
    opened_at     timestamptz not null,
    -- the evidence whose score made progression call the learner struggling
    trigger_evidence_id uuid  not null,
    resolution    text,
    resolved_at   timestamptz,
    revision      integer     not null default 0,
    check ((status = 'OPEN') = (resolved_at is null)),
    check ((status = 'OPEN') = (resolution is null))
);

-- At most one open intervention per learner and competency, even if two instances race on a redelivered event.
create unique index intervention_one_open on intervention (district, learner_id, competency_id)
    where status = 'OPEN';

create index intervention_learner on intervention (district, learner_id, opened_at desc, id desc);
