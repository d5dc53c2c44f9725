-- Audience pages (/voor/{code}): an introduction, "Ik wil ..." entry points and highlighted items per audience.

alter table audience add column intro varchar(1000) null;

create table audience_entry (
    audience_code varchar(80)   not null,
    position      int           not null,
    label         varchar(150)  not null,
    search        varchar(1000) not null,
    primary key (audience_code, position),
    constraint fk_audience_entry_audience foreign key (audience_code) references audience (code) on delete cascade
) engine = InnoDB;

create table audience_highlight (
    audience_code varchar(80) not null,
    position      int         not null,
    item_id       bigint      not null,
    primary key (audience_code, position),
    constraint fk_audience_highlight_audience foreign key (audience_code) references audience (code) on delete cascade,
    constraint fk_audience_highlight_item foreign key (item_id) references item (id) on delete cascade
) engine = InnoDB;
