-- Indexes in the exact order the API reads, so a page is an index scan that stops after
-- `first` rows instead of a sort of every match (and look-ahead joins run for the page only).

-- Newest first with undated articles last (ORDER BY published_at DESC NULLS LAST, id).
-- Prisma's schema language cannot say NULLS LAST; the index keeps Prisma's name and columns.
DROP INDEX "article_published_at_id_idx";
CREATE INDEX "article_published_at_id_idx" ON "article"("published_at" DESC NULLS LAST, "id");

-- A place's timeline: ORDER BY effective_date, id within one location.
DROP INDEX "troop_level_location_id_effective_date_idx";
CREATE INDEX "troop_level_location_id_effective_date_id_idx" ON "troop_level"("location_id", "effective_date", "id");
