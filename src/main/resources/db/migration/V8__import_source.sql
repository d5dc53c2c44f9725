-- Which folder (or uploaded zip) an import came from: the start-up import compares content/ with the last import
-- of content/ itself, so an uploaded zip is not undone by the next start.
alter table content_import add column source varchar(500) null after finished_at;
