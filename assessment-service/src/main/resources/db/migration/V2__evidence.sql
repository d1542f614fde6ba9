-- Evidence of a learner's work and its scores. A score row per competency and rater leaves room for rubric
-- scoring and calibration; in the walking skeleton the score the submitter sends is final.

create table evidence (
    id                  uuid primary key,
    district            text        not null,
    learner_id          text        not null,
    framework_id        uuid        not null,
    competency_id       uuid        not null,
    assessment_title    text        not null,
    assessment_kind     text        not null check (assessment_kind in ('FORMATIVE', 'INTERIM', 'SUMMATIVE')),
    modality            text        not null,
    source_id           text,
    observed_at         timestamptz not null,
    submitted_at        timestamptz not null,
    submitted_by        text        not null,
    artifact_url        text,
    artifact_media_type text,
    artifact_title      text
);

-- A learner's evidence, newest first (keyset paging on submitted_at, id).
create index evidence_learner on evidence (district, learner_id, submitted_at desc, id desc);

create table evidence_score (
    id            uuid primary key,
    evidence_id   uuid        not null references evidence (id) on delete cascade,
    district      text        not null,
    competency_id uuid        not null,
    framework_id  uuid        not null,
    level         text        not null,
    score         numeric     not null,
    proficient    boolean     not null,
    status        text        not null check (status in ('FINAL')),
    scored_by     text        not null,
    scored_at     timestamptz not null
);

create index evidence_score_evidence on evidence_score (evidence_id);
