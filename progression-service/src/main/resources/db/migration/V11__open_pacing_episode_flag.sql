-- A standing knows whether a pacing episode is open on it: a decision that moves the learner closes episodes only
-- when there is one, instead of running an update per decision (most of them find nothing to close).
alter table mastery add column stalled boolean not null default false;

update mastery m
set stalled = true
where exists (select 1 from pacing_episode e
              where e.district = m.district and e.learner_id = m.learner_id
                and e.competency_id = m.competency_id and e.closed_at is null);
