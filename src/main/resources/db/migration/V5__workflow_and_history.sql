-- Editorial workflow (planned publication and withdrawal, transitions, proposals), contact persons of practices
-- with consent, and the revision history of items (Hibernate Envers: revinfo and the *_aud tables).

alter table item
    add column edited_in_portal_at     timestamp(6) null,
    add column publish_at              timestamp(6) null,
    add column withdraw_at             timestamp(6) null,
    add column measure_closed_at       timestamp(6) null,
    add column practice_contact_name    varchar(150) null,
    add column practice_contact_email   varchar(200) null,
    add column practice_contact_consent boolean      null;

create index ix_item_publish_at on item (publish_at);
create index ix_item_withdraw_at on item (withdraw_at);

create table item_transition (
    id          bigint        not null auto_increment primary key,
    item_id     bigint        not null,
    from_status varchar(20)   null,
    to_status   varchar(20)   not null,
    actor       varchar(200)  not null,
    occurred_at timestamp(6)  not null,
    comment     varchar(1000) null,
    constraint fk_item_transition_item foreign key (item_id) references item (id) on delete cascade
) engine = InnoDB;

create table item_proposal (
    id               bigint        not null auto_increment primary key,
    item_id          bigint        not null,
    organisation_id  bigint        null,
    proposed_by      varchar(200)  not null,
    created_at       timestamp(6)  not null,
    status           varchar(20)   not null,
    comment          varchar(1000) null,
    content          longtext      not null,
    decided_by       varchar(200)  null,
    decided_at       timestamp(6)  null,
    decision_comment varchar(1000) null,
    constraint fk_item_proposal_item foreign key (item_id) references item (id) on delete cascade,
    constraint fk_item_proposal_organisation foreign key (organisation_id) references item (id)
) engine = InnoDB;

create table revinfo (
    rev      int          not null auto_increment primary key,
    revtstmp bigint       not null,
    actor    varchar(200) not null,
    comment  varchar(500) null
) engine = InnoDB;

create table item_aud (
    id                       bigint        not null,
    rev                      int           not null,
    revtype                  tinyint       null,
    type                     varchar(20)   null,
    slug                     varchar(80)   null,
    title                    varchar(150)  null,
    summary                  varchar(300)  null,
    body                     longtext      null,
    status                   varchar(20)   null,
    all_sectors              boolean       null,
    level                    varchar(20)   null,
    cost                     varchar(20)   null,
    owner_id                 bigint        null,
    source                   varchar(500)  null,
    last_verified            date          null,
    review_by                date          null,
    needs_verification       boolean       null,
    verification_note        varchar(1000) null,
    published_at             timestamp(6)  null,
    created_at               timestamp(6)  null,
    updated_at               timestamp(6)  null,
    publish_at               timestamp(6)  null,
    withdraw_at              timestamp(6)  null,
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
    measure_closed_at        timestamp(6)  null,
    practice_company         varchar(150)  null,
    practice_sector_code     varchar(80)   null,
    practice_size            varchar(20)   null,
    practice_region_code     varchar(80)   null,
    practice_investment_eur  int           null,
    practice_duration        varchar(300)  null,
    practice_result          varchar(2000) null,
    practice_business_case   varchar(2000) null,
    practice_contact_name    varchar(150)  null,
    practice_contact_email   varchar(200)  null,
    practice_contact_consent boolean       null,
    tool_form                varchar(20)   null,
    tool_duration            varchar(100)  null,
    tool_languages           varchar(50)   null,
    org_kind                 varchar(40)   null,
    org_web                  varchar(1000) null,
    org_email                varchar(200)  null,
    org_phone                varchar(50)   null,
    activity_kind            varchar(40)   null,
    activity_start           date          null,
    activity_end             date          null,
    activity_location        varchar(200)  null,
    activity_online          boolean       null,
    activity_register_url    varchar(1000) null,
    primary key (rev, id),
    constraint fk_item_aud_rev foreign key (rev) references revinfo (rev)
) engine = InnoDB;

create index ix_item_aud_id on item_aud (id);

create table item_theme_aud (
    rev        int         not null,
    revtype    tinyint     null,
    item_id    bigint      not null,
    theme_code varchar(80) not null,
    primary key (rev, item_id, theme_code),
    constraint fk_item_theme_aud_rev foreign key (rev) references revinfo (rev)
) engine = InnoDB;

create table item_audience_aud (
    rev           int         not null,
    revtype       tinyint     null,
    item_id       bigint      not null,
    audience_code varchar(80) not null,
    primary key (rev, item_id, audience_code),
    constraint fk_item_audience_aud_rev foreign key (rev) references revinfo (rev)
) engine = InnoDB;

create table item_sector_aud (
    rev         int         not null,
    revtype     tinyint     null,
    item_id     bigint      not null,
    sector_code varchar(80) not null,
    primary key (rev, item_id, sector_code),
    constraint fk_item_sector_aud_rev foreign key (rev) references revinfo (rev)
) engine = InnoDB;

create table item_region_aud (
    rev         int         not null,
    revtype     tinyint     null,
    item_id     bigint      not null,
    region_code varchar(80) not null,
    primary key (rev, item_id, region_code),
    constraint fk_item_region_aud_rev foreign key (rev) references revinfo (rev)
) engine = InnoDB;

create table item_size_aud (
    rev     int         not null,
    revtype tinyint     null,
    item_id bigint      not null,
    size    varchar(20) not null,
    primary key (rev, item_id, size),
    constraint fk_item_size_aud_rev foreign key (rev) references revinfo (rev)
) engine = InnoDB;

create table item_related_aud (
    rev        int     not null,
    revtype    tinyint null,
    item_id    bigint  not null,
    position   int     not null,
    related_id bigint  not null,
    primary key (position, rev, item_id, related_id),
    constraint fk_item_related_aud_rev foreign key (rev) references revinfo (rev)
) engine = InnoDB;

create table item_link_aud (
    rev      int           not null,
    revtype  tinyint       not null,
    item_id  bigint        not null,
    position int           not null,
    label    varchar(200)  null,
    url      varchar(1000) null,
    primary key (position, rev, revtype, item_id),
    constraint fk_item_link_aud_rev foreign key (rev) references revinfo (rev)
) engine = InnoDB;

create table measure_statute_aud (
    rev     int         not null,
    revtype tinyint     null,
    item_id bigint      not null,
    statute varchar(30) not null,
    primary key (rev, item_id, statute),
    constraint fk_measure_statute_aud_rev foreign key (rev) references revinfo (rev)
) engine = InnoDB;

create table measure_sector_aud (
    rev         int         not null,
    revtype     tinyint     null,
    item_id     bigint      not null,
    sector_code varchar(80) not null,
    primary key (rev, item_id, sector_code),
    constraint fk_measure_sector_aud_rev foreign key (rev) references revinfo (rev)
) engine = InnoDB;

create table measure_region_aud (
    rev         int         not null,
    revtype     tinyint     null,
    item_id     bigint      not null,
    region_code varchar(80) not null,
    primary key (rev, item_id, region_code),
    constraint fk_measure_region_aud_rev foreign key (rev) references revinfo (rev)
) engine = InnoDB;

create table measure_check_aud (
    rev      int          not null,
    revtype  tinyint      null,
    item_id  bigint       not null,
    position int          not null,
    text     varchar(500) not null,
    primary key (position, rev, item_id, text),
    constraint fk_measure_check_aud_rev foreign key (rev) references revinfo (rev)
) engine = InnoDB;

create table organisation_region_aud (
    rev         int         not null,
    revtype     tinyint     null,
    item_id     bigint      not null,
    region_code varchar(80) not null,
    primary key (rev, item_id, region_code),
    constraint fk_organisation_region_aud_rev foreign key (rev) references revinfo (rev)
) engine = InnoDB;
