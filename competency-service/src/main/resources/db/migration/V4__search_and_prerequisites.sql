-- Competency search, prerequisite lookups and the default level of imported (Moodle) scales.

-- Full text over codes and statements. Codes go in unchanged ('simple': no stemming, no stop words), statements
-- through 'english' (stemming: "ratios" finds "ratio"; most frameworks here are English). Weights rank a match in
-- the code above one in the short statement, and that above one in the full statement. The column is generated, so
-- every writer (API, CASE and Moodle import, new versions) keeps it current without knowing it exists.
alter table competency
    add column search_vector tsvector generated always as (
        setweight(to_tsvector('simple', coalesce(code, '')), 'A')
            || setweight(to_tsvector('english', coalesce(abbreviated_statement, '')), 'B')
            || setweight(to_tsvector('english', statement), 'C')
    ) stored;

create index competency_search on competency using gin (search_vector);

-- Exact and prefix matches on codes (6.RP finds 6.RP.A.1), ignoring case.
create index competency_code_prefix on competency (district, lower(code) text_pattern_ops);

-- Prerequisites are precedes associations; these walk them both ways across a district's frameworks
-- (association_origin / association_destination of V2 already lead with district and type).

-- The level Moodle awards when a competency is completed by a rule or a course ("scaledefault").
alter table scale_level add column default_level boolean not null default false;
