-- Hardening (issue 9): what a student can forge no longer counts, and a student cannot use up attempts.
--
-- evidence.submitter_role records in which capacity each piece of evidence was submitted: LEARNER (the learner the
-- evidence is about, her own work), EDUCATOR, DISTRICT_ADMIN or INTEGRATION. Readiness counts a learner's own formative
-- work only once staff have scored it. Evidence stored before this migration has no recorded role (null): nobody can
-- tell now whether a learner sent it herself, so it is treated like a learner's own (it counts once it is scored,
-- which most of it is; evidence still awaiting raters counts as soon as one of them scores it).
alter table evidence
    add column submitter_role text
        check (submitter_role in ('LEARNER', 'EDUCATOR', 'DISTRICT_ADMIN', 'INTEGRATION'));

-- assessment.student_submission_allowed: whether a learner's own submission may be evidence of (an attempt at) the
-- assessment. Existing formative assessments keep taking students' work; existing interim and summative ones stop:
-- a student's own submission would otherwise be an attempt that uses up the attempts the LMS needs.
alter table assessment add column student_submission_allowed boolean;
update assessment set student_submission_allowed = (kind = 'FORMATIVE');
alter table assessment alter column student_submission_allowed set not null;
