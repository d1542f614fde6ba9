-- Assessments: what a piece of evidence was an attempt at. An assessment is aligned to one or more competencies of
-- one published framework, may name the rubric its raters use, and carries its calibration, readiness and retest
-- policies. Evidence may name its assessment (and then takes kind, modality and competencies from it) or describe
-- the assessment inline as before.

create table assessment (
    id                           uuid primary key,
    district                     text        not null,
    title                        text        not null,
    description                  text,
    kind                         text        not null check (kind in ('FORMATIVE', 'INTERIM', 'SUMMATIVE')),
    modality                     text        not null,
    framework_id                 uuid        not null,
    rubric_id                    uuid,
    -- xAPI activity IRI: statements about this activity are evidence of this assessment
    activity_id                  text,
    source_id                    text,
    raters_required              int         not null check (raters_required between 1 and 10),
    agreement                    text        not null check (agreement in ('EXACT', 'ADJACENT')),
    readiness_formative_evidence int         not null check (readiness_formative_evidence >= 0),
    readiness_confirmation       boolean     not null,
    retest_preparation           boolean     not null,
    retest_cooldown_seconds      bigint      not null check (retest_cooldown_seconds >= 0),
    retest_max_attempts          int check (retest_max_attempts >= 1),
    created_by                   text        not null,
    created_at                   timestamptz not null,
    updated_at                   timestamptz not null,
    revision                     int         not null
);

create index assessment_district on assessment (district, created_at desc, id desc);
create unique index assessment_activity on assessment (district, activity_id) where activity_id is not null;

create table assessment_competency (
    assessment_id uuid not null references assessment (id) on delete cascade,
    competency_id uuid not null,
    position      int  not null,
    primary key (assessment_id, competency_id)
);

create index assessment_competency_competency on assessment_competency (competency_id);

-- Evidence: its assessment (optional), which attempt at it this is, the artifact's checksum, short text, and the
-- context and verifier of learning outside school.
alter table evidence
    add column assessment_id     uuid references assessment (id),
    add column attempt           int check (attempt >= 1),
    add column artifact_checksum text,
    add column text              text,
    add column setting           text,
    add column verifier_name     text,
    add column verifier_role     text,
    add column verifier_contact  text;

create index evidence_assessment on evidence (district, assessment_id, learner_id, submitted_at)
    where assessment_id is not null;
create index evidence_source on evidence (district, source_id) where source_id is not null;
create index evidence_submitter on evidence (district, submitted_by, submitted_at desc, id desc);

-- The competencies a piece of evidence is judged on, each with where its judgement stands. evidence.competency_id
-- stays the first of them.
create table evidence_alignment (
    id            uuid primary key,
    evidence_id   uuid not null references evidence (id) on delete cascade,
    district      text not null,
    competency_id uuid not null,
    framework_id  uuid not null,
    position      int  not null,
    status        text not null check (status in ('AWAITING_SCORES', 'MODERATION_REQUIRED', 'FINAL')),
    unique (evidence_id, competency_id)
);

create index evidence_alignment_status on evidence_alignment (district, status) where status <> 'FINAL';

insert into evidence_alignment (id, evidence_id, district, competency_id, framework_id, position, status)
select gen_random_uuid(), id, district, competency_id, framework_id, 0, 'FINAL'
from evidence;

-- Final scores: how each was reached, the rubric criteria levels and the feedback the student reads. At most one
-- final score per evidence and competency.
alter table evidence_score
    add column basis    text not null default 'SUBMITTED'
        check (basis in ('SUBMITTED', 'SINGLE_RATER', 'AGREEMENT', 'MODERATION')),
    add column criteria jsonb,
    add column feedback text;

create unique index evidence_score_final on evidence_score (evidence_id, competency_id);
