-- A district's pacing settings; a district without a row has the service's defaults (proficio.pacing.*).
create table pacing_setting (
    district           text        primary key,
    stalled_after_days integer     not null check (stalled_after_days between 1 and 365),
    revision           integer     not null,
    updated_at         timestamptz not null,
    updated_by         text        not null
);
