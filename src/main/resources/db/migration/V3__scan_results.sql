-- Quick-scan results that a visitor chose to keep behind a link. Only the answers and the optional company
-- profile (sector, size, region): nothing that identifies a person.
create table scan_result (
    token      char(22)     not null primary key,
    answers    varchar(100) not null,
    context    varchar(300) not null,
    created_at timestamp(6) not null
) engine = InnoDB;

create index ix_scan_result_created on scan_result (created_at);
