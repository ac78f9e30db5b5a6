-- reviewClaim reads the status it replaces with RETURNING old (src/db/claimReviews.ts), which
-- Postgres 18 introduced: say so here, at migration time, rather than at the first review.
DO $$
BEGIN
  IF current_setting('server_version_num')::int < 180000 THEN
    RAISE EXCEPTION 'This service needs PostgreSQL 18 or later; this server is %.', current_setting('server_version');
  END IF;
END
$$;

-- A review event's claim is the row the same statement has just updated, so the foreign key's
-- check could never fail; it cost a KEY SHARE lock on that row per review (about 0.07 ms of
-- Postgres CPU at 20k articles, BENCHMARKS.md). What it also did, delete a claim's events
-- with the claim, is this trigger's job now.
ALTER TABLE "claim_review_event" DROP CONSTRAINT "claim_review_event_claim_id_fkey";

CREATE FUNCTION "claim_review_event_delete_with_claim"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "claim_review_event" e USING deleted d WHERE e."claim_id" = d."id";
  RETURN NULL;
END
$$;

-- Once per statement, over every claim it deleted (an article's deletion cascades to all of
-- its claims in one statement).
CREATE TRIGGER "claim_review_event_delete_with_claim"
  AFTER DELETE ON "claim"
  REFERENCING OLD TABLE AS deleted
  FOR EACH STATEMENT EXECUTE FUNCTION "claim_review_event_delete_with_claim"();
