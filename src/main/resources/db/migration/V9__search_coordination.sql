-- Several portal nodes sharing an OpenSearch index (wegwijzer.search.backend=opensearch, docs/deployment.md).
-- Hibernate Search's outbox-polling coordination, its tables named by the portal's snake_case naming strategy: every
-- node writes the index changes of a transaction into hsearch_outbox_event in that same transaction; the nodes' event
-- processors (registered in hsearch_agent, each with a share of the events) apply them to the index and delete them.
-- Unused with the local Lucene index.
create table hsearch_outbox_event (
    id             uuid          not null,
    entity_name    varchar(256)  not null,
    entity_id      varchar(256)  not null,
    entity_id_hash integer       not null,
    payload        longblob      not null,
    retries        integer       not null,
    process_after  timestamp(6)  not null,
    status         varchar(20)   not null,
    tenant_id      varchar(255)  null,
    primary key (id)
);
create index ix_hsearch_outbox_event_hash on hsearch_outbox_event (entity_id_hash);
create index ix_hsearch_outbox_event_status on hsearch_outbox_event (status);
create index ix_hsearch_outbox_event_after on hsearch_outbox_event (process_after);

create table hsearch_agent (
    id                   uuid          not null,
    type                 varchar(40)   not null,
    name                 varchar(255)  not null,
    expiration           timestamp(6)  not null,
    state                varchar(40)   not null,
    total_shard_count    integer       null,
    assigned_shard_index integer       null,
    payload              longblob      null,
    tenant_id            varchar(255)  null,
    primary key (id)
);

-- Which mapping and analysis built the shared index (the local Lucene index keeps this in a file beside it), so
-- that the first node of a new portal version rebuilds it once instead of every node searching stale documents.
create table search_index_version (
    backend    varchar(20)  not null,
    version    varchar(64)  not null,
    built_at   timestamp(6) not null,
    primary key (backend)
);
