-- Lookups of the CASE 1.0 read API by CASE identifier within a district.
create index association_district_identifier on association (district, identifier);
create index association_district_origin on association (district, origin_identifier);
create index association_district_destination on association (district, destination_identifier);
create index rubric_district_identifier on rubric (district, identifier);
