-- Catalog read model: the published frameworks of each district, built from the competency-service's
-- FrameworkPublished snapshots. Only the catalog consumer writes these tables.

create table catalog_framework (
    id           uuid primary key,
    district     text        not null,
    title        text        not null,
    version      text        not null,
    published_at timestamptz not null
);

create index catalog_framework_district on catalog_framework (district, id);

create table catalog_competency (
    id           uuid primary key,
    framework_id uuid    not null references catalog_framework (id) on delete cascade,
    district     text    not null,
    code         text    not null,
    statement    text    not null,
    parent_id    uuid,
    position     integer not null
);

create index catalog_competency_framework on catalog_competency (framework_id);
-- Evidence intake looks competencies up by district and id.
create index catalog_competency_district on catalog_competency (district, id);

create table catalog_scale_level (
    id           uuid primary key,
    framework_id uuid    not null references catalog_framework (id) on delete cascade,
    district     text    not null,
    code         text    not null,
    label        text    not null,
    score        numeric not null,
    proficient   boolean not null,
    position     integer not null,
    unique (framework_id, code)
);
