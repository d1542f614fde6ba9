-- Shipped by the platform library to every domain service: the transactional outbox and the inbox of
-- processed events. Platform migrations are versioned 0.x so they run before the service's own.

create table outbox_event (
    id           uuid primary key,
    district     text        not null,
    topic        text        not null,
    event_key    text        not null,
    type         text        not null,
    source       text        not null,
    subject      text        not null,
    payload      text        not null,
    occurred_at  timestamptz not null,
    published_at timestamptz
);

create index outbox_event_pending on outbox_event (occurred_at, id) where published_at is null;

create table processed_event (
    consumer     text        not null,
    event_id     uuid        not null,
    event_type   text        not null,
    processed_at timestamptz not null,
    primary key (consumer, event_id)
);
