-- Rater scores: each rater's own (blind) judgement of a piece of evidence on one competency. When as many raters as
-- the assessment's calibration requires have scored, the agreement rule makes a final score (evidence_score) or sends
-- the competency to moderation. Rater scores stay after that: agreement statistics are computed from them.

create table rater_score (
    id            uuid primary key,
    evidence_id   uuid        not null references evidence (id) on delete cascade,
    district      text        not null,
    competency_id uuid        not null,
    -- copied from the evidence (which never changes its assessment), so statistics per assessment need no join
    assessment_id uuid references assessment (id),
    -- the token's principal name
    rater         text        not null,
    level         text        not null,
    -- the level's place on the scale, 0 = lowest, and how many levels the scale had: the statistics' inputs,
    -- fixed when scored
    rank          int         not null check (rank >= 0),
    scale_levels  int         not null check (scale_levels >= 1 and rank < scale_levels),
    proficient    boolean     not null,
    -- [{"criterionId": "...", "level": "..."}]
    criteria      jsonb,
    feedback      text,
    scored_at     timestamptz not null,
    unique (evidence_id, competency_id, rater)
);

-- Statistics of a district's assessment, or of all its scores, over a period.
create index rater_score_period on rater_score (district, scored_at);
create index rater_score_assessment on rater_score (district, assessment_id, scored_at) where assessment_id is not null;
-- Statistics of one rater.
create index rater_score_rater on rater_score (district, rater, scored_at);
