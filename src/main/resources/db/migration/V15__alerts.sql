-- E-mail alerts (issue 18): an address subscribes, without an account, to a saved search (also a theme or an audience,
-- which are searches with one filter) or to a measure's deadline, and confirms by mail (double opt-in). We keep the
-- address, what it asked for and when we last mailed it; nothing else about the person. An address without any
-- subscription left is deleted, its mails in the outbox too.

create table alert_address (
    id             bigint       not null auto_increment primary key,
    email          varchar(254) not null,
    -- the "manage all my alerts" link: a random token instead of a password
    manage_token   varchar(64)  not null,
    created_at     datetime(6)  not null,
    constraint uk_alert_address_email unique (email),
    constraint uk_alert_address_manage_token unique (manage_token)
) engine = InnoDB;

create table alert_subscription (
    id                  bigint        not null auto_increment primary key,
    address_id          bigint        not null,
    kind                varchar(20)   not null,
    -- SEARCH: the search page's query string (q, thema, doelgroep, ...), parsed with SearchUrl
    search_query        varchar(2000) null,
    -- DEADLINE: the measure's slug and how many days before its closing date to remind
    item_slug           varchar(200)  null,
    days_before         int           null,
    -- what the subscription is about, in words, for mails and the manage page
    label               varchar(300)  not null,
    frequency           varchar(20)   null,
    -- one-click unsubscribe for this subscription (List-Unsubscribe)
    unsubscribe_token   varchar(64)   not null,
    -- double opt-in: set until confirmed; an unconfirmed subscription is deleted after confirm_expires_at
    confirm_token       varchar(64)   null,
    confirm_expires_at  datetime(6)   null,
    confirmed_at        datetime(6)   null,
    created_at          datetime(6)   not null,
    -- the digest window: items changed after this moment are new for the next mail
    last_mailed_at      datetime(6)   null,
    -- the last period (2026-W49, 2026-12) a digest was handled for
    last_period         varchar(20)   null,
    -- DEADLINE: the closing date a reminder was queued for (a new round gets a new reminder)
    reminded_for        date          null,
    constraint uk_alert_subscription_unsubscribe unique (unsubscribe_token),
    constraint uk_alert_subscription_confirm unique (confirm_token),
    constraint fk_alert_subscription_address foreign key (address_id) references alert_address (id) on delete cascade
) engine = InnoDB;

create index ix_alert_subscription_due on alert_subscription (confirmed_at, kind);
create index ix_alert_subscription_expiry on alert_subscription (confirm_expires_at);

-- The sent log: which subscription got a mail for which period (or closing date) and with how many items. The same
-- key as the outbox's dedup key; no addresses and no texts.
create table alert_sent (
    id               bigint       not null auto_increment primary key,
    subscription_id  bigint       not null,
    period_key       varchar(40)  not null,
    item_count       int          not null,
    queued_at        datetime(6)  not null,
    constraint uk_alert_sent unique (subscription_id, period_key),
    constraint fk_alert_sent_subscription foreign key (subscription_id) references alert_subscription (id)
        on delete cascade
) engine = InnoDB;
