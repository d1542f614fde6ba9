-- Pacing: when a learner last moved on a competency (her first evidence, or evidence that raised her value or her
-- status), and the stalled episodes the pacing job opened. An episode is flagged once (LearnerStalled) and closes when
-- she moves again; the next stall is a new episode.
alter table mastery add column moved_at timestamptz;

update mastery set moved_at = coalesce(last_evidence_at, updated_at);

alter table mastery alter column moved_at set not null;

create index mastery_in_progress_moved on mastery (moved_at)
    where status in ('IN_PROGRESS', 'STRUGGLING', 'PROFICIENT');

create table pacing_episode (
    id            uuid primary key,
    district      text        not null,
    learner_id    text        not null,
    competency_id uuid        not null,
    framework_id  uuid        not null,
    kind          text        not null check (kind in ('STALLED')),
    -- when she last moved before the episode opened
    since         timestamptz not null,
    opened_at     timestamptz not null,
    closed_at     timestamptz,
    -- the decision with which she moved again
    closed_by     uuid
);

-- One open episode per standing and kind.
create unique index pacing_episode_open on pacing_episode (district, learner_id, competency_id, kind)
    where closed_at is null;
create index pacing_episode_learner on pacing_episode (district, learner_id, opened_at);
