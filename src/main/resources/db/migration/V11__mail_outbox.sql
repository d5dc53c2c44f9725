-- Every mail the portal sends goes through this outbox first, in the transaction of what caused it (a question, an
-- answer, a subscription): nothing is lost when no mail server is configured or the server is down. The dispatcher
-- sends due rows and retries failures; editors see the outbox at /beheer/mail.

create table mail_outbox (
    id                    bigint        not null auto_increment primary key,
    recipient             varchar(254)  not null,
    subject               varchar(200)  not null,
    text_body             mediumtext    not null,
    html_body             mediumtext    null,
    -- one-click unsubscribe address (List-Unsubscribe headers), for mails to subscribers
    unsubscribe_url       varchar(1000) null,
    -- what caused the mail, so that the same cause never queues two mails (e.g. a digest for a period)
    dedup_key             varchar(200)  null,
    status                varchar(20)   not null,
    attempts              int           not null default 0,
    created_at            datetime(6)   not null,
    next_attempt_at       datetime(6)   not null,
    sent_at               datetime(6)   null,
    last_error            varchar(500)  null,
    constraint uk_mail_outbox_dedup unique (dedup_key)
) engine = InnoDB;

create index ix_mail_outbox_due on mail_outbox (status, next_attempt_at);
create index ix_mail_outbox_recipient on mail_outbox (recipient);
