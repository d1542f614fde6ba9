-- Evidence may name a learner the district has not registered (an LMS that syncs its roster late, or a typo). She is
-- registered then, named by her id, from source EVIDENCE and flagged, so that the district can review the flagged
-- learners (a typo shows up there instead of as a silent phantom) and confirm or correct each; any write by the
-- district (API or OneRoster) clears the flag.
alter table learner add column flagged boolean not null default false;

alter table learner drop constraint learner_source_check;
alter table learner add constraint learner_source_check check (source in ('API', 'ONEROSTER', 'EVIDENCE'));

create index learner_flagged on learner (district, learner_id) where flagged;
