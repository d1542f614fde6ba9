-- The catalog as CASE 1.0 sees it: document and item metadata, associations (the tree, prerequisites and every
-- other relation, local or external), definitions (item types, subjects, concepts, licences, groupings) and rubrics.
-- Lists (subjects, education levels, keywords) are JSON arrays in text columns; case_extra keeps, as a JSON object,
-- the fields of an imported CASE object that have no column, so that an export gives them back.

alter table framework
    add column identifier        text,
    add column uri               text,
    add column creator           text,
    add column publisher         text,
    add column description       text,
    add column subjects          text        not null default '[]',
    add column education_levels  text        not null default '[]',
    add column licence           text,
    add column source_uri        text,
    add column notes             text,
    add column adoption_status   text,
    add column status_start_date text,
    add column status_end_date   text,
    add column last_change       timestamptz,
    add column origin            text        not null default 'API' check (origin in ('API', 'CASE', 'MOODLE')),
    add column supersedes_id     uuid references framework (id),
    add column retired_at        timestamptz,
    add column case_extra        text;

update framework set identifier = id::text, subjects = case when subject is null then '[]' else json_build_array(subject)::text end;
alter table framework alter column identifier set not null;

-- A framework's versions share its identifier; at most one of them is a draft.
create unique index framework_one_draft on framework (district, identifier) where status = 'DRAFT';
create index framework_identifier on framework (district, identifier, created_at);

alter table competency
    add column identifier            text,
    add column uri                   text,
    add column abbreviated_statement text,
    add column alternative_label     text,
    add column item_type             text,
    add column kind                  text not null default 'ACADEMIC' check (kind in ('ACADEMIC', 'SKILL', 'DISPOSITION')),
    add column education_levels      text not null default '[]',
    add column keywords              text not null default '[]',
    add column list_enumeration      text,
    add column notes                 text,
    add column language              text,
    add column last_change           timestamptz,
    add column case_extra            text;

update competency set identifier = id::text;
alter table competency alter column identifier set not null;
alter table competency add constraint competency_identifier unique (framework_id, identifier);
-- humanCodingScheme is optional in CASE and not always unique in real packages.
alter table competency alter column code drop not null;
alter table competency drop constraint competency_framework_id_code_key;
create index competency_district_identifier on competency (district, identifier);

alter table scale_level add column description text;

-- Every CFAssociation of a framework. origin_id / destination_id name the local competency when the node is one of
-- the district's competencies; otherwise the node is outside (another document, another server) and only its
-- identifier, uri and title are known. isChildOf rows are the tree (competency.parent_id mirrors the first one);
-- precedes rows are the prerequisites (origin must be mastered before destination).
create table association (
    id                     uuid primary key,
    framework_id           uuid    not null references framework (id) on delete cascade,
    district               text    not null,
    identifier             text    not null,
    uri                    text,
    type                   text    not null check (type in ('isChildOf', 'isPeerOf', 'isPartOf', 'exactMatchOf',
                                                            'precedes', 'isRelatedTo', 'replacedBy', 'exemplar',
                                                            'hasSkillLevel')),
    origin_identifier      text    not null,
    origin_uri             text,
    origin_title           text,
    origin_id              uuid,
    destination_identifier text    not null,
    destination_uri        text,
    destination_title      text,
    destination_id         uuid,
    grouping_identifier    text,
    sequence_number        integer,
    position               integer not null,
    last_change            timestamptz,
    case_extra             text,
    unique (framework_id, identifier)
);

create index association_framework on association (framework_id, position);
create index association_origin on association (district, type, origin_id);
create index association_destination on association (district, type, destination_id);

-- CFItemTypes, CFSubjects, CFConcepts, CFLicenses and CFAssociationGroupings of a framework, kept as given.
create table case_definition (
    id           uuid primary key,
    framework_id uuid    not null references framework (id) on delete cascade,
    district     text    not null,
    kind         text    not null check (kind in ('CFItemType', 'CFSubject', 'CFConcept', 'CFLicense',
                                                  'CFAssociationGrouping')),
    identifier   text    not null,
    title        text,
    position     integer not null,
    body         text    not null,
    unique (framework_id, kind, identifier)
);

create index case_definition_lookup on case_definition (district, kind, identifier);

-- Rubrics: criteria x levels with descriptors students and families can read (CFRubrics in CASE).
create table rubric (
    id           uuid primary key,
    framework_id uuid    not null references framework (id) on delete cascade,
    district     text    not null,
    identifier   text    not null,
    uri          text,
    title        text,
    description  text,
    position     integer not null,
    last_change  timestamptz,
    unique (framework_id, identifier)
);

create table rubric_criterion (
    id              uuid primary key,
    rubric_id       uuid    not null references rubric (id) on delete cascade,
    identifier      text    not null,
    uri             text,
    competency_id   uuid references competency (id) on delete set null,
    item_identifier text,
    item_uri        text,
    item_title      text,
    category        text,
    description     text,
    weight          numeric,
    position        integer not null,
    last_change     timestamptz,
    unique (rubric_id, identifier)
);

create index rubric_criterion_competency on rubric_criterion (competency_id);

create table rubric_level (
    id           uuid primary key,
    criterion_id uuid    not null references rubric_criterion (id) on delete cascade,
    identifier   text    not null,
    uri          text,
    description  text,
    quality      text,
    score        numeric,
    feedback     text,
    scale_level  text,
    position     integer not null,
    last_change  timestamptz,
    unique (criterion_id, identifier)
);
