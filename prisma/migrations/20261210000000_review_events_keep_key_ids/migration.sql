-- A review event keeps the id of the key that made it, as an audit record should, whatever
-- later happens to that key. The foreign key it drops made every review take a KEY SHARE lock
-- on its key's row: an editor's concurrent reviews all locked that one row (a new MultiXact
-- each time) and cost about 0.05 ms of Postgres CPU per review at 20k articles (BENCHMARKS.md).
ALTER TABLE "claim_review_event" DROP CONSTRAINT "claim_review_event_api_key_id_fkey";
