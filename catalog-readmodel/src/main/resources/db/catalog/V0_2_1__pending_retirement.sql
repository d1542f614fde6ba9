-- A FrameworkRetired that arrives before the framework's FrameworkPublished snapshot (a replay, a consumer that
-- starts after the snapshot was compacted away, a reordered delivery) is kept here until the snapshot comes, so that
-- the order of delivery does not decide whether the framework ends up retired.
create table catalog.pending_retirement (
    framework_id  uuid primary key,
    district      text        not null,
    retired_at    timestamptz not null,
    superseded_by uuid
);
