-- Catalog: taxonomies and content items (see docs/content-format.md for the meaning of each field).

create table theme (
    code        varchar(80)  not null primary key,
    label       varchar(150) not null,
    explanation varchar(200) not null,
    parent_code varchar(80)  null,
    sort_order  int          not null default 0,
    constraint fk_theme_parent foreign key (parent_code) references theme (code)
) engine = InnoDB;

create table audience (
    code        varchar(80)  not null primary key,
    label       varchar(150) not null,
    explanation varchar(300) not null,
    sort_order  int          not null default 0
) engine = InnoDB;

create table sector (
    code             varchar(80)  not null primary key,
    label            varchar(150) not null,
    explanation      varchar(300) null,
    joint_committees varchar(300) not null default '',
    sort_order       int          not null default 0
) engine = InnoDB;

create table region (
    code        varchar(80)  not null primary key,
    label       varchar(150) not null,
    parent_code varchar(80)  null,
    sort_order  int          not null default 0,
    constraint fk_region_parent foreign key (parent_code) references region (code)
) engine = InnoDB;

create table item (
    id                       bigint        not null auto_increment primary key,
    type                     varchar(20)   not null,
    slug                     varchar(80)   not null,
    title                    varchar(150)  not null,
    summary                  varchar(300)  not null,
    body                     longtext      not null,
    status                   varchar(20)   not null,
    all_sectors              boolean       not null default false,
    level                    varchar(20)   null,
    cost                     varchar(20)   null,
    owner_id                 bigint        null,
    source                   varchar(500)  not null,
    last_verified            date          not null,
    review_by                date          null,
    needs_verification       boolean       not null default false,
    verification_note        varchar(1000) null,
    published_at             timestamp(6)  null,
    created_at               timestamp(6)  not null,
    updated_at               timestamp(6)  not null,
    content_hash             char(64)      null,
    version                  bigint        not null default 0,
    -- maatregel
    measure_kind             varchar(30)   null,
    measure_competence       varchar(30)   null,
    measure_max_eur          int           null,
    measure_percentage       int           null,
    measure_support_form     varchar(1000) null,
    measure_apply_url        varchar(1000) null,
    measure_apply_who        varchar(500)  null,
    measure_valid_from       date          null,
    measure_valid_until      date          null,
    measure_replaced_by_id   bigint        null,
    measure_min_employees    int           null,
    measure_max_employees    int           null,
    -- praktijk
    practice_company         varchar(150)  null,
    practice_sector_code     varchar(80)   null,
    practice_size            varchar(20)   null,
    practice_region_code     varchar(80)   null,
    practice_investment_eur  int           null,
    practice_duration        varchar(300)  null,
    practice_result          varchar(2000) null,
    practice_business_case   varchar(2000) null,
    -- tool
    tool_form                varchar(20)   null,
    tool_duration            varchar(100)  null,
    tool_languages           varchar(50)   null,
    -- organisatie
    org_kind                 varchar(40)   null,
    org_web                  varchar(1000) null,
    org_email                varchar(200)  null,
    org_phone                varchar(50)   null,
    -- activiteit
    activity_kind            varchar(40)   null,
    activity_start           date          null,
    activity_end             date          null,
    activity_location        varchar(200)  null,
    activity_online          boolean       null,
    activity_register_url    varchar(1000) null,
    constraint uk_item_slug unique (slug),
    constraint fk_item_owner foreign key (owner_id) references item (id),
    constraint fk_item_replaced_by foreign key (measure_replaced_by_id) references item (id),
    constraint fk_item_practice_sector foreign key (practice_sector_code) references sector (code),
    constraint fk_item_practice_region foreign key (practice_region_code) references region (code)
) engine = InnoDB;

create index ix_item_type_status on item (type, status);
create index ix_item_review_by on item (review_by);

create table item_theme (
    item_id    bigint      not null,
    theme_code varchar(80) not null,
    primary key (item_id, theme_code),
    constraint fk_item_theme_item foreign key (item_id) references item (id) on delete cascade,
    constraint fk_item_theme_theme foreign key (theme_code) references theme (code)
) engine = InnoDB;

create table item_audience (
    item_id       bigint      not null,
    audience_code varchar(80) not null,
    primary key (item_id, audience_code),
    constraint fk_item_audience_item foreign key (item_id) references item (id) on delete cascade,
    constraint fk_item_audience_audience foreign key (audience_code) references audience (code)
) engine = InnoDB;

create table item_sector (
    item_id     bigint      not null,
    sector_code varchar(80) not null,
    primary key (item_id, sector_code),
    constraint fk_item_sector_item foreign key (item_id) references item (id) on delete cascade,
    constraint fk_item_sector_sector foreign key (sector_code) references sector (code)
) engine = InnoDB;

create table item_region (
    item_id     bigint      not null,
    region_code varchar(80) not null,
    primary key (item_id, region_code),
    constraint fk_item_region_item foreign key (item_id) references item (id) on delete cascade,
    constraint fk_item_region_region foreign key (region_code) references region (code)
) engine = InnoDB;

create table item_size (
    item_id bigint      not null,
    size    varchar(20) not null,
    primary key (item_id, size),
    constraint fk_item_size_item foreign key (item_id) references item (id) on delete cascade
) engine = InnoDB;

create table item_related (
    item_id    bigint not null,
    position   int    not null,
    related_id bigint not null,
    primary key (item_id, position),
    constraint fk_item_related_item foreign key (item_id) references item (id) on delete cascade,
    constraint fk_item_related_related foreign key (related_id) references item (id) on delete cascade
) engine = InnoDB;

create table item_link (
    item_id  bigint        not null,
    position int           not null,
    label    varchar(200)  not null,
    url      varchar(1000) not null,
    primary key (item_id, position),
    constraint fk_item_link_item foreign key (item_id) references item (id) on delete cascade
) engine = InnoDB;

create table measure_statute (
    item_id bigint      not null,
    statute varchar(30) not null,
    primary key (item_id, statute),
    constraint fk_measure_statute_item foreign key (item_id) references item (id) on delete cascade
) engine = InnoDB;

create table measure_sector (
    item_id     bigint      not null,
    sector_code varchar(80) not null,
    primary key (item_id, sector_code),
    constraint fk_measure_sector_item foreign key (item_id) references item (id) on delete cascade,
    constraint fk_measure_sector_sector foreign key (sector_code) references sector (code)
) engine = InnoDB;

create table measure_region (
    item_id     bigint      not null,
    region_code varchar(80) not null,
    primary key (item_id, region_code),
    constraint fk_measure_region_item foreign key (item_id) references item (id) on delete cascade,
    constraint fk_measure_region_region foreign key (region_code) references region (code)
) engine = InnoDB;

create table measure_check (
    item_id  bigint       not null,
    position int          not null,
    text     varchar(500) not null,
    primary key (item_id, position),
    constraint fk_measure_check_item foreign key (item_id) references item (id) on delete cascade
) engine = InnoDB;

create table organisation_region (
    item_id     bigint      not null,
    region_code varchar(80) not null,
    primary key (item_id, region_code),
    constraint fk_organisation_region_item foreign key (item_id) references item (id) on delete cascade,
    constraint fk_organisation_region_region foreign key (region_code) references region (code)
) engine = InnoDB;

create table synonym_group (
    id     bigint        not null auto_increment primary key,
    words  varchar(1000) not null,
    origin varchar(20)   not null
) engine = InnoDB;

-- One row per content import attempt (start-up, command or upload), with its outcome and report.
create table content_import (
    id              bigint       not null auto_increment primary key,
    started_at      timestamp(6) not null,
    finished_at     timestamp(6) not null,
    content_hash    char(64)     not null,
    succeeded       boolean      not null,
    items_created   int          not null default 0,
    items_updated   int          not null default 0,
    items_unchanged int          not null default 0,
    items_deleted   int          not null default 0,
    report          longtext     not null
) engine = InnoDB;
