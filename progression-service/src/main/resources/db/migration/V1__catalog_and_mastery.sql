-- The catalog read model (built from FrameworkPublished snapshots) and mastery per learner per competency.

-- Catalog: a copy of the district's published frameworks, so progress can list competencies without a learner's
-- evidence and without calling competency-service. Replaced wholesale by each snapshot; no foreign keys to mastery,
-- because evidence may arrive before its framework does.
create table catalog_framework (
    id           uuid primary key,
    district     text        not null,
    title        text        not null,
    version      text        not null,
    published_at timestamptz not null,
    received_at  timestamptz not null
);

create index catalog_framework_district on catalog_framework (district, published_at, id);

create table catalog_competency (
    id           uuid primary key,
    framework_id uuid    not null references catalog_framework (id) on delete cascade,
    district     text    not null,
    code         text    not null,
    statement    text    not null,
    parent_id    uuid,
    position     integer not null
);

create index catalog_competency_framework on catalog_competency (framework_id, position);

create table catalog_scale_level (
    id           uuid primary key,
    framework_id uuid    not null references catalog_framework (id) on delete cascade,
    position     integer not null,
    code         text    not null,
    label        text    not null,
    score        numeric not null,
    proficient   boolean not null,
    unique (framework_id, position)
);

-- Where one learner stands on one competency. The unique key makes a concurrent first insert fail (and be retried)
-- instead of creating two standings.
create table mastery (
    id                         uuid primary key,
    district                   text        not null,
    learner_id                 text        not null,
    competency_id              uuid        not null,
    framework_id               uuid        not null,
    status                     text        not null
        check (status in ('NOT_STARTED', 'IN_PROGRESS', 'STRUGGLING', 'MASTERED')),
    evidence_count             integer     not null check (evidence_count >= 0),
    proficient_count           integer     not null check (proficient_count >= 0),
    consecutive_non_proficient integer     not null check (consecutive_non_proficient >= 0),
    last_level                 text,
    last_evidence_id           uuid,
    updated_at                 timestamptz not null,
    revision                   integer     not null default 0,
    unique (district, learner_id, competency_id)
);

create index mastery_learner_framework on mastery (district, learner_id, framework_id);

-- Append-only: every piece of scored evidence applied, what the rule decided and why.
create table mastery_decision (
    id                         uuid primary key,
    district                   text        not null,
    learner_id                 text        not null,
    competency_id              uuid        not null,
    framework_id               uuid        not null,
    evidence_id                uuid        not null,
    level                      text        not null,
    proficient                 boolean     not null,
    previous_status            text        not null,
    status                     text        not null,
    consecutive_non_proficient integer     not null,
    proficient_count           integer     not null,
    reason                     text        not null,
    decided_at                 timestamptz not null
);

create index mastery_decision_learner on mastery_decision (district, learner_id, competency_id, decided_at, id);
