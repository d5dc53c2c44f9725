-- Questions from the field (/vraag): what a visitor asked, which organisation answers it, and the routing rules
-- that decide that. Taxonomy codes are kept as text, not foreign keys: a question outlives a renamed theme, and the
-- signals count what was asked at the time. The asker's e-mail address is optional and purged after the retention.

create table question (
    id               bigint        not null auto_increment primary key,
    asked_at         datetime(6)   not null,
    -- yyyy-MM in Brussels time, for the monthly signals
    asked_month      char(7)       not null,
    question_text    varchar(2000) not null,
    theme_code       varchar(80)   null,
    sector_code      varchar(80)   null,
    region_code      varchar(80)   null,
    company_size     varchar(20)   null,
    email            varchar(254)  null,
    status           varchar(20)   not null,
    answer_text      varchar(4000) null,
    answered_at      datetime(6)   null,
    answered_by      bigint        null,
    email_purged_at  datetime(6)   null,
    -- an anonymised version an editor approved; only this text is ever shown in public
    public_text      varchar(300)  null,
    faq_item_id      bigint        null,
    version          bigint        not null default 0,
    constraint fk_question_answered_by foreign key (answered_by) references item (id) on delete set null,
    constraint fk_question_faq_item foreign key (faq_item_id) references item (id) on delete set null
) engine = InnoDB;

create index ix_question_month on question (asked_month);
create index ix_question_purge on question (email, answered_at);

-- Who holds a question: one row per organisation it was sent to; organisation null is the editors' queue.
create table question_assignment (
    id               bigint        not null auto_increment primary key,
    question_id      bigint        not null,
    organisation_id  bigint        null,
    status           varchar(20)   not null,
    assigned_at      datetime(6)   not null,
    due_at           datetime(6)   not null,
    closed_at        datetime(6)   null,
    note             varchar(500)  null,
    version          bigint        not null default 0,
    constraint fk_question_assignment_question foreign key (question_id) references question (id) on delete cascade,
    constraint fk_question_assignment_org foreign key (organisation_id) references item (id) on delete set null
) engine = InnoDB;

create index ix_question_assignment_org on question_assignment (organisation_id, status);

-- Which organisation answers which questions; an empty code matches every value. From the content files
-- (taxonomie/vraagroutering.yml, origin BESTAND) or added by editors (origin REDACTIE).
create table routing_rule (
    id               bigint        not null auto_increment primary key,
    organisation_id  bigint        not null,
    theme_code       varchar(80)   null,
    sector_code      varchar(80)   null,
    region_code      varchar(80)   null,
    origin           varchar(10)   not null,
    constraint fk_routing_rule_org foreign key (organisation_id) references item (id) on delete cascade
) engine = InnoDB;
