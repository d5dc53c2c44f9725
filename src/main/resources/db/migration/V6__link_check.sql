-- Broken-link check: the last check of every distinct address used in the content, and since when it fails.
-- The address itself is too long for a unique index in utf8mb4 (1000 x 4 bytes), so its SHA-256 is the key.
create table link_check (
    id                   bigint        not null auto_increment primary key,
    url                  varchar(1000) not null,
    url_hash             char(64)      not null,
    status               varchar(20)   not null,
    http_status          int           null,
    final_url            varchar(1000) null,
    message              varchar(500)  null,
    checked_at           timestamp(6)  not null,
    first_failed_at      timestamp(6)  null,
    consecutive_failures int           not null default 0,
    constraint uk_link_check_url_hash unique (url_hash),
    constraint ck_link_check_status check (status in ('OK', 'BROKEN', 'REDIRECTED', 'TIMEOUT', 'ERROR'))
) engine = InnoDB;

create index ix_link_check_status on link_check (status, first_failed_at);
