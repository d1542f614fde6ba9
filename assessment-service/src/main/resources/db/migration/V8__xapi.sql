-- xAPI intake. xapi_agent maps an xAPI agent's inverse functional identifier (IFI) to the district's learner id:
-- 'mbox:mailto:…', 'mbox_sha1sum:<40 hex>', 'openid:<uri>' or 'account:<homePage>|<name>'; an IFI names one learner.
-- xapi_statement remembers every statement that became evidence, so that the same statement id sent again is
-- answered with the first evidence (same content) or refused as a conflict (other content), as an LRS does.

create table xapi_agent (
    district   text        not null,
    ifi        text        not null,
    learner_id text        not null,
    mapped_by  text        not null,
    mapped_at  timestamptz not null,
    primary key (district, ifi)
);

create index xapi_agent_learner on xapi_agent (district, learner_id);

create table xapi_statement (
    district     text        not null,
    statement_id uuid        not null,
    evidence_id  uuid        not null references evidence (id),
    -- SHA-256 of the statement as xAPI compares statements (without id, authority, stored, version, attachments,
    -- verb display and activity definitions; timestamp as an instant)
    request_hash text        not null,
    received_at  timestamptz not null,
    submitted_by text        not null,
    primary key (district, statement_id)
);

create index xapi_statement_evidence on xapi_statement (evidence_id);
