-- The catalog read model moved to the shared catalog-readmodel library, whose migration (db/catalog, V0_2) creates
-- the catalog schema; Flyway runs it before this one (out of order on a database that already had V1..V3). The rows
-- V1's tables hold are carried over, so nothing needs replaying from Kafka: they get the values the competency-service
-- itself gave frameworks and competencies of that time (identifier = id, code = humanCodingScheme, kind ACADEMIC,
-- origin API). What older snapshots did not carry (prerequisites, rubrics, ...) arrives with the next publication.

insert into catalog.framework (id, district, identifier, title, version, published_at)
select id, district, id::text, title, version, published_at
from catalog_framework;

insert into catalog.competency (id, framework_id, district, identifier, code, human_coding_scheme, statement,
                                parent_id, position)
select id, framework_id, district, id::text, code, code, statement, parent_id, position
from catalog_competency;

insert into catalog.scale_level (id, framework_id, district, code, label, score, proficient, position)
select id, framework_id, district, code, label, score, proficient, position
from catalog_scale_level;

drop table catalog_scale_level;
drop table catalog_competency;
drop table catalog_framework;
