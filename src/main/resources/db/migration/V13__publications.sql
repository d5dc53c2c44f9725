-- The library: publications (laws and regulations, collective agreements, covenants, action plans, research reports,
-- guides, brochures, toolkits) are items of type PUBLICATIE; their own facts are columns of item, with their history.

alter table item
    add column publication_kind      varchar(30)   null,
    add column publication_publisher varchar(200)  null,
    add column publication_year      int           null,
    add column publication_languages varchar(50)   null,
    add column publication_url       varchar(1000) null;

alter table item_aud
    add column publication_kind      varchar(30)   null,
    add column publication_publisher varchar(200)  null,
    add column publication_year      int           null,
    add column publication_languages varchar(50)   null,
    add column publication_url       varchar(1000) null;
