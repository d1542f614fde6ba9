-- Frameworks of a district, their competency trees and proficiency scales.

create table framework (
    id           uuid primary key,
    district     text        not null,
    title        text        not null,
    subject      text,
    version      text        not null,
    language     text,
    status       text        not null check (status in ('DRAFT', 'PUBLISHED', 'RETIRED')),
    created_at   timestamptz not null,
    published_at timestamptz,
    revision     integer     not null default 0
);

create index framework_district on framework (district, created_at, id);

create table competency (
    id           uuid primary key,
    framework_id uuid    not null references framework (id) on delete cascade,
    district     text    not null,
    code         text    not null,
    statement    text    not null,
    parent_id    uuid references competency (id),
    position     integer not null,
    unique (framework_id, code)
);

create index competency_framework on competency (framework_id, position);

create table scale_level (
    id           uuid primary key,
    framework_id uuid    not null references framework (id) on delete cascade,
    position     integer not null,
    code         text    not null,
    label        text    not null,
    score        numeric not null,
    proficient   boolean not null,
    unique (framework_id, position),
    unique (framework_id, code)
);
