-- Mastery policies, the scores they judge, and decisions that say what was decided, on which inputs, and why.

-- A district's mastery policy (framework_id null) or a framework's override, one row per version; rows are never
-- changed. The current policy of a scope is its highest version. Version 0 is the built-in default, never stored.
create table mastery_policy (
    id                  uuid primary key,
    district            text        not null,
    framework_id        uuid,
    version             integer     not null check (version >= 1),
    algorithm           text        not null
        check (algorithm in ('MOST_RECENT', 'HIGHEST', 'MEAN', 'WEIGHTED_AVERAGE', 'DECAYING_AVERAGE',
                             'N_TIMES_PROFICIENT', 'POWER_LAW')),
    weight              numeric(4, 3) check (weight > 0 and weight < 1),
    required_count      integer check (required_count >= 1),
    min_evidence        integer     not null check (min_evidence >= 1),
    require_performance boolean     not null,
    require_summative   boolean     not null,
    struggling_after    integer     not null check (struggling_after >= 1),
    created_at          timestamptz not null,
    created_by          text        not null
);

create unique index mastery_policy_version
    on mastery_policy (district, coalesce(framework_id, '00000000-0000-0000-0000-000000000000'::uuid), version);

-- Every final score a learner has on a competency: what policies judge. One row per (evidence, competency); a
-- re-score of the same evidence replaces the row when it is newer.
create table mastery_score (
    district        text          not null,
    learner_id      text          not null,
    competency_id   uuid          not null,
    framework_id    uuid          not null,
    evidence_id     uuid          not null,
    score           numeric       not null,
    level           text          not null,
    proficient      boolean       not null,
    assessment_kind text,
    modality        text,
    observed_at     timestamptz   not null,
    scored_at       timestamptz   not null,
    primary key (district, learner_id, competency_id, evidence_id)
);

create index mastery_score_framework on mastery_score (district, framework_id);

-- The standing gains what a policy computes; the status is the override's while one holds.
alter table mastery drop constraint mastery_status_check;
alter table mastery
    add constraint mastery_status_check
        check (status in ('NOT_STARTED', 'IN_PROGRESS', 'STRUGGLING', 'PROFICIENT', 'MASTERED')),
    add column value             numeric,
    add column level             text,
    add column computed_status   text,
    add column policy_id         uuid,
    add column policy_version    integer not null default 0,
    add column modalities        text    not null default '[]',
    add column summative_count   integer not null default 0,
    add column first_evidence_at timestamptz,
    add column last_evidence_at  timestamptz,
    add column override_status   text
        check (override_status in ('NOT_STARTED', 'IN_PROGRESS', 'STRUGGLING', 'PROFICIENT', 'MASTERED')),
    add column override_reason   text,
    add column overridden_by     text,
    add column overridden_at     timestamptz;

update mastery set computed_status = status;
alter table mastery alter column computed_status set not null;

-- Decisions: what caused them, with which policy, the inputs, the computation and a sentence anyone can read.
-- Older rows (one per piece of evidence, before policies) keep their columns and get cause EVIDENCE.
alter table mastery_decision
    alter column evidence_id drop not null,
    alter column level drop not null,
    alter column proficient drop not null,
    add column cause          text    not null default 'EVIDENCE'
        check (cause in ('EVIDENCE', 'OVERRIDE', 'OVERRIDE_REVERSED', 'POLICY')),
    add column value          numeric,
    add column value_level    text,
    add column policy_id      uuid,
    add column policy_version integer not null default 0,
    add column inputs         text    not null default '[]',
    add column computation    text,
    add column decided_by     text;

-- The scores behind standings decided before this version, from their decisions (one per piece of evidence): the
-- score of the level on the framework's scale where the read model has it, else the default scale's, else 3 for a
-- proficient level and 1 otherwise. When the learning was observed was not kept: the decision time stands for it.
insert into mastery_score (district, learner_id, competency_id, framework_id, evidence_id, score, level, proficient,
                           observed_at, scored_at)
select d.district, d.learner_id, d.competency_id, d.framework_id, d.evidence_id,
       coalesce(l.score,
                case d.level when 'beginning' then 1 when 'developing' then 2 when 'proficient' then 3
                             when 'advanced' then 4 end,
                case when d.proficient then 3 else 1 end),
       d.level, d.proficient, d.decided_at, d.decided_at
from mastery_decision d
         left join catalog.scale_level l on l.framework_id = d.framework_id and l.code = d.level
where d.evidence_id is not null
on conflict do nothing;
