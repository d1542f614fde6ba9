-- Results of POSTs that carried an Idempotency-Key, kept so that a client's retry gets the first result back.
-- Keys are scoped to the district and the caller: two integrations never collide. The row is claimed and its
-- result written in the transaction of the work it guards, so a committed row always has its result.

create table idempotency_key (
    district        text        not null,
    caller          text        not null,
    idempotency_key text        not null,
    request_hash    text        not null,
    response        text,
    created_at      timestamptz not null,
    primary key (district, caller, idempotency_key)
);

create index idempotency_key_created on idempotency_key (created_at);
