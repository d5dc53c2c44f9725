-- Honest dates (issue 22): the date a source carries is kept apart from a real check by an organisation.
-- `last_verified` held the import day for every item, also for items nobody checked: it claimed a check that never
-- happened. It becomes `verified_on`, empty until an organisation really checks the item (`verified_by_id`).
-- `source_date` is the date of the source (2021, 2021-06 or 2021-06-15); the next import of content/ fills it, items
-- made in the portal get it when an editor saves them (the editor requires it).

alter table item change column last_verified verified_on date null;
update item set verified_on = null;
alter table item
    add column source_address varchar(1000) null after source,
    add column source_date    varchar(10)   null after source_address,
    add column verified_by_id bigint        null after verified_on,
    add constraint fk_item_verified_by foreign key (verified_by_id) references item (id);
create index ix_item_verified_on on item (verified_on);

alter table item_aud change column last_verified verified_on date null;
update item_aud set verified_on = null;
alter table item_aud
    add column source_address varchar(1000) null after source,
    add column source_date    varchar(10)   null after source_address,
    add column verified_by_id bigint        null after verified_on;

-- A proposal keeps the edited item as a content file; nothing to change there: its files are read with the new rules
-- when it is opened, and a proposal that still says `laatst_nagekeken` gets the importer's message.
