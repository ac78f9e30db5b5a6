-- CreateEnum
CREATE TYPE "OrganisationKind" AS ENUM ('GOVERNMENT', 'MINISTRY', 'MILITARY', 'INTERNATIONAL', 'AGENCY', 'MEDIA', 'OTHER');

-- CreateEnum
CREATE TYPE "PublishedPrecision" AS ENUM ('DAY', 'MINUTE', 'SECOND');

-- AlterTable
ALTER TABLE "article" ADD COLUMN     "published_on" DATE,
ADD COLUMN     "published_precision" "PublishedPrecision";

-- Reading order (hand-written: Prisma declares the column as a plain DateTime? and cannot
-- express GENERATED ALWAYS AS). The instant when one is known, else the start of the printed
-- day in UTC, so a date-only article sorts among the dated ones instead of with the undated.
ALTER TABLE "article" ADD COLUMN "published_sort" TIMESTAMPTZ(3) GENERATED ALWAYS AS (
    COALESCE("published_at", "published_on"::timestamp AT TIME ZONE 'UTC')
) STORED;

-- AlterTable
ALTER TABLE "quote" ADD COLUMN     "speaker_organisation_id" UUID,
ADD COLUMN     "continues_id" UUID;

-- AlterTable
ALTER TABLE "claim" ADD COLUMN     "claimant_organisation_id" UUID;

-- AlterTable
ALTER TABLE "troop_level" ADD COLUMN     "count_max" INTEGER;

-- CreateTable
CREATE TABLE "organisation" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "name" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "kind" "OrganisationKind" NOT NULL,
    "aliases" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "country_code" CHAR(2),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "organisation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
-- Newest first with undated articles last (ORDER BY published_sort DESC NULLS LAST, id), as
-- in 20261124000000_reading_order_indexes: Prisma's schema language cannot say NULLS LAST.
-- The published_at index stays for readers that order by the instant alone (the benchmark's peers).
CREATE INDEX "article_published_sort_id_idx" ON "article"("published_sort" DESC NULLS LAST, "id");

-- CreateIndex
CREATE UNIQUE INDEX "organisation_key_key" ON "organisation"("key");

-- CreateIndex
CREATE INDEX "organisation_name_idx" ON "organisation"("name");

-- CreateIndex
CREATE INDEX "quote_speaker_organisation_id_idx" ON "quote"("speaker_organisation_id");

-- CreateIndex
CREATE INDEX "quote_continues_id_idx" ON "quote"("continues_id");

-- CreateIndex
CREATE INDEX "claim_claimant_organisation_id_idx" ON "claim"("claimant_organisation_id");

-- AddForeignKey
ALTER TABLE "quote" ADD CONSTRAINT "quote_speaker_organisation_id_fkey" FOREIGN KEY ("speaker_organisation_id") REFERENCES "organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "quote" ADD CONSTRAINT "quote_continues_id_fkey" FOREIGN KEY ("continues_id") REFERENCES "quote"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim" ADD CONSTRAINT "claim_claimant_organisation_id_fkey" FOREIGN KEY ("claimant_organisation_id") REFERENCES "organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;
