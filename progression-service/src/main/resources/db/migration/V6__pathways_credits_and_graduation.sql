-- Graduation pathways on learners' plans, the course credits learners earn by mastery (never by seat time), and the
-- pathways whose requirements they have met. pathway_id and course_id are competency-service's ids (the catalog read
-- model's catalog.pathway and catalog.course); no foreign keys to the read model, which may be rebuilt from events.

create table plan_pathway (
    district    text        not null,
    learner_id  text        not null,
    pathway_id  uuid        not null,
    start_date  date,
    target_date date,
    source      text        not null check (source in ('API', 'ONEROSTER')),
    enrolled_at timestamptz not null,
    updated_at  timestamptz not null,
    primary key (district, learner_id, pathway_id),
    foreign key (district, learner_id) references learner (district, learner_id) on delete cascade,
    check (target_date is null or start_date is null or target_date >= start_date)
);

-- A course's credit, awarded once when every competency the course counts is mastered. It stays awarded (a
-- transcript entry) even if a later decision takes a competency's mastery back; the progress views show both.
create table course_credit (
    district    text        not null,
    learner_id  text        not null,
    course_id   uuid        not null,
    credits     numeric     not null,
    awarded_at  timestamptz not null,
    -- the decision that mastered the course's last competency (null when awarded on enrollment or a catalog change)
    decision_id uuid,
    primary key (district, learner_id, course_id)
);

-- A pathway whose requirements the learner met: recorded once, with GraduationRequirementsMet.
create table pathway_met (
    district    text        not null,
    learner_id  text        not null,
    pathway_id  uuid        not null,
    met_at      timestamptz not null,
    decision_id uuid,
    primary key (district, learner_id, pathway_id)
);
