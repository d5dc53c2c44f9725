-- Accounts of editors, contributors and administrators, and the security audit log.

create table user_account (
    id              bigint       not null auto_increment primary key,
    email           varchar(200) not null,
    display_name    varchar(150) not null,
    password_hash   varchar(200) not null,
    role            varchar(20)  not null,
    organisation_id bigint       null,
    enabled         boolean      not null default true,
    failed_attempts int          not null default 0,
    last_failed_at  timestamp(6) null,
    locked_until    timestamp(6) null,
    created_at      timestamp(6) not null,
    version         bigint       not null default 0,
    constraint uk_user_account_email unique (email),
    constraint fk_user_account_organisation foreign key (organisation_id) references item (id)
) engine = InnoDB;

create table security_event (
    id          bigint        not null auto_increment primary key,
    occurred_at timestamp(6)  not null,
    type        varchar(30)   not null,
    actor       varchar(200)  not null,
    detail      varchar(1000) not null
) engine = InnoDB;

create index ix_security_event_occurred on security_event (occurred_at);
