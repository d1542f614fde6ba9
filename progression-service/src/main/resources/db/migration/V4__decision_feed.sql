-- The district-wide change feed of decisions: read in the order of the transactions that wrote them, and only up to
-- the oldest transaction still running, so that a decision committing late is never skipped by a reader that has
-- already passed its place. tx is the writing transaction's id (pg_current_xact_id, epoch-extended, never wraps);
-- seq orders the rows of one transaction. Rows written before the feed existed come first (tx 0).
alter table mastery_decision
    add column tx  bigint,
    add column seq bigserial;

update mastery_decision set tx = 0;

alter table mastery_decision
    alter column tx set default (pg_current_xact_id()::text::bigint),
    alter column tx set not null;

create index mastery_decision_feed on mastery_decision (district, tx, seq);
