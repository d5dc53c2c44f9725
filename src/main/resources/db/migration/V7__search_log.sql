-- Search analytics: one row per search a visitor made on /zoeken, and the rank of the first hit they opened.
-- Deliberately nothing about the person: no IP address, session, user agent or account. search_id is a random
-- UUID made per search on the server, only so that a click on that page can be attached to its row.
-- occurred_at is kept to the hour. Rows older than wegwijzer.search-log.retention (13 months) are deleted daily.
-- Query and filters compare exactly (binary collation): the server's collation would fold "café" into "cafe",
-- and the normalised query keeps accents.
create table search_event (
    id           bigint       not null auto_increment primary key,
    search_id    varchar(36)  not null,
    occurred_at  timestamp(6) not null,
    iso_week     varchar(8)   not null,
    query_text   varchar(200) character set utf8mb4 collate utf8mb4_bin not null,
    filters      varchar(500) character set utf8mb4 collate utf8mb4_bin not null,
    audience     varchar(80)  null,
    result_count int          not null,
    relaxed      boolean      not null,
    clicked_rank int          null,
    constraint uk_search_event_search_id unique (search_id),
    constraint ck_search_event_clicked_rank check (clicked_rank is null or clicked_rank >= 1)
) engine = InnoDB;

create index ix_search_event_week_query on search_event (iso_week, query_text);
create index ix_search_event_occurred_at on search_event (occurred_at);
