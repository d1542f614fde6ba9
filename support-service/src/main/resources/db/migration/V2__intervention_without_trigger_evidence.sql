-- progression may declare a learner struggling without a triggering piece of evidence (an educator's override, a new
-- mastery policy judging the same scores): the intervention then has none.
alter table intervention alter column trigger_evidence_id drop not null;
