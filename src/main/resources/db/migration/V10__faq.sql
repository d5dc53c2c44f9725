-- Frequently asked questions with their answers on measures and tools, in order, with their history.

create table measure_faq (
    item_id  bigint        not null,
    position int           not null,
    question varchar(300)  not null,
    answer   varchar(2000) not null,
    primary key (item_id, position),
    constraint fk_measure_faq_item foreign key (item_id) references item (id) on delete cascade
) engine = InnoDB;

create table tool_faq (
    item_id  bigint        not null,
    position int           not null,
    question varchar(300)  not null,
    answer   varchar(2000) not null,
    primary key (item_id, position),
    constraint fk_tool_faq_item foreign key (item_id) references item (id) on delete cascade
) engine = InnoDB;

create table measure_faq_aud (
    rev      int           not null,
    revtype  tinyint       not null,
    item_id  bigint        not null,
    position int           not null,
    question varchar(300)  null,
    answer   varchar(2000) null,
    primary key (position, rev, revtype, item_id),
    constraint fk_measure_faq_aud_rev foreign key (rev) references revinfo (rev)
) engine = InnoDB;

create table tool_faq_aud (
    rev      int           not null,
    revtype  tinyint       not null,
    item_id  bigint        not null,
    position int           not null,
    question varchar(300)  null,
    answer   varchar(2000) null,
    primary key (position, rev, revtype, item_id),
    constraint fk_tool_faq_aud_rev foreign key (rev) references revinfo (rev)
) engine = InnoDB;
