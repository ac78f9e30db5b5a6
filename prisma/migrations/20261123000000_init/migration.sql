-- CreateEnum
CREATE TYPE "ParagraphKind" AS ENUM ('HEADLINE', 'STANDFIRST', 'DATELINE', 'BYLINE', 'BODY', 'CAPTION', 'RELATED_LINK');

-- CreateEnum
CREATE TYPE "Gender" AS ENUM ('MALE', 'FEMALE');

-- CreateEnum
CREATE TYPE "LocationKind" AS ENUM ('COUNTRY', 'CITY', 'BASE', 'REGION');

-- CreateEnum
CREATE TYPE "ClaimKind" AS ENUM ('FIGURE', 'EVENT', 'STATEMENT', 'FORECAST');

-- CreateEnum
CREATE TYPE "ReviewStatus" AS ENUM ('UNREVIEWED', 'SUPPORTED', 'DISPUTED', 'FALSE', 'MISLEADING');

-- CreateEnum
CREATE TYPE "Qualifier" AS ENUM ('EXACT', 'APPROXIMATELY', 'MORE_THAN', 'FEWER_THAN', 'ALMOST', 'AT_LEAST', 'UP_TO');

-- CreateEnum
CREATE TYPE "TroopLevelKind" AS ENUM ('CURRENT', 'TARGET', 'CHANGE', 'HISTORICAL');

-- CreateEnum
CREATE TYPE "DatePrecision" AS ENUM ('DAY', 'MONTH', 'YEAR', 'PERIOD');

-- CreateEnum
CREATE TYPE "ApiKeyRole" AS ENUM ('VIEWER', 'EDITOR', 'ADMIN');

-- CreateTable
CREATE TABLE "article" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "slug" TEXT NOT NULL,
    "headline" TEXT NOT NULL,
    "standfirst" TEXT,
    "published_at" TIMESTAMPTZ(3),
    "text" TEXT NOT NULL,
    "content_hash" TEXT NOT NULL,
    "source_url" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "article_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "paragraph" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "article_id" UUID NOT NULL,
    "index" INTEGER NOT NULL,
    "kind" "ParagraphKind" NOT NULL,
    "text" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "credit" TEXT,

    CONSTRAINT "paragraph_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "person" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "name" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "roles" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "aliases" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "gender" "Gender",
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "article_author" (
    "article_id" UUID NOT NULL,
    "person_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "role" TEXT,

    CONSTRAINT "article_author_pkey" PRIMARY KEY ("article_id","person_id")
);

-- CreateTable
CREATE TABLE "location" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "name" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "kind" "LocationKind" NOT NULL,
    "iso_code" CHAR(2),

    CONSTRAINT "location_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "quote" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "article_id" UUID NOT NULL,
    "paragraph_id" UUID,
    "text" TEXT NOT NULL,
    "partial" BOOLEAN NOT NULL DEFAULT false,
    "speaker_id" UUID,
    "speaker_description" TEXT,
    "attribution_verb" TEXT,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "quote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "claim" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "article_id" UUID NOT NULL,
    "paragraph_id" UUID,
    "text" TEXT NOT NULL,
    "kind" "ClaimKind" NOT NULL,
    "claimant_id" UUID,
    "claimant_description" TEXT,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "status" "ReviewStatus" NOT NULL DEFAULT 'UNREVIEWED',
    "review_note" TEXT,
    "reviewed_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "claim_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "claim_quote" (
    "claim_id" UUID NOT NULL,
    "quote_id" UUID NOT NULL,

    CONSTRAINT "claim_quote_pkey" PRIMARY KEY ("claim_id","quote_id")
);

-- CreateTable
CREATE TABLE "troop_level" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "article_id" UUID NOT NULL,
    "paragraph_id" UUID,
    "claim_id" UUID,
    "location_id" UUID,
    "force" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "qualifier" "Qualifier" NOT NULL DEFAULT 'EXACT',
    "kind" "TroopLevelKind" NOT NULL,
    "effective_date" DATE,
    "period_end" DATE,
    "date_precision" "DatePrecision",
    "text" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "troop_level_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "api_key" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "name" TEXT NOT NULL,
    "role" "ApiKeyRole" NOT NULL,
    "hash" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revoked_at" TIMESTAMPTZ(3),
    "last_used_at" TIMESTAMPTZ(3),

    CONSTRAINT "api_key_pkey" PRIMARY KEY ("id")
);

-- Full-text search (hand-written: Prisma can declare the column only as Unsupported("tsvector")
-- and cannot express GENERATED ALWAYS AS). Weights: A headline, B standfirst, C text.
ALTER TABLE "article" ADD COLUMN "search" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english'::regconfig, coalesce("headline", '')), 'A') ||
    setweight(to_tsvector('english'::regconfig, coalesce("standfirst", '')), 'B') ||
    setweight(to_tsvector('english'::regconfig, "text"), 'C')
) STORED;

ALTER TABLE "quote" ADD COLUMN "search" tsvector GENERATED ALWAYS AS (
    to_tsvector('english'::regconfig, "text") || to_tsvector('simple'::regconfig, coalesce("speaker_description", ''))
) STORED;

ALTER TABLE "claim" ADD COLUMN "search" tsvector GENERATED ALWAYS AS (
    to_tsvector('english'::regconfig, "text") || to_tsvector('simple'::regconfig, coalesce("claimant_description", ''))
) STORED;

-- CreateIndex
CREATE UNIQUE INDEX "article_slug_key" ON "article"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "article_content_hash_key" ON "article"("content_hash");

-- CreateIndex
CREATE INDEX "article_published_at_id_idx" ON "article"("published_at" DESC, "id");

-- CreateIndex
CREATE INDEX "article_search_idx" ON "article" USING GIN ("search");

-- CreateIndex
CREATE UNIQUE INDEX "paragraph_article_id_index_key" ON "paragraph"("article_id", "index");

-- CreateIndex
CREATE UNIQUE INDEX "person_key_key" ON "person"("key");

-- CreateIndex
CREATE INDEX "person_name_idx" ON "person"("name");

-- CreateIndex
CREATE INDEX "article_author_person_id_idx" ON "article_author"("person_id");

-- CreateIndex
CREATE UNIQUE INDEX "location_key_key" ON "location"("key");

-- CreateIndex
CREATE INDEX "location_name_idx" ON "location"("name");

-- CreateIndex
CREATE INDEX "quote_article_id_start_idx" ON "quote"("article_id", "start");

-- CreateIndex
CREATE INDEX "quote_speaker_id_idx" ON "quote"("speaker_id");

-- CreateIndex
CREATE INDEX "quote_search_idx" ON "quote" USING GIN ("search");

-- CreateIndex
CREATE INDEX "claim_article_id_start_idx" ON "claim"("article_id", "start");

-- CreateIndex
CREATE INDEX "claim_claimant_id_idx" ON "claim"("claimant_id");

-- CreateIndex
CREATE INDEX "claim_status_idx" ON "claim"("status");

-- CreateIndex
CREATE INDEX "claim_search_idx" ON "claim" USING GIN ("search");

-- CreateIndex
CREATE INDEX "claim_quote_quote_id_idx" ON "claim_quote"("quote_id");

-- CreateIndex
CREATE INDEX "troop_level_location_id_effective_date_idx" ON "troop_level"("location_id", "effective_date");

-- CreateIndex
CREATE INDEX "troop_level_article_id_idx" ON "troop_level"("article_id");

-- CreateIndex
CREATE INDEX "troop_level_claim_id_idx" ON "troop_level"("claim_id");

-- CreateIndex
CREATE UNIQUE INDEX "api_key_hash_key" ON "api_key"("hash");

-- AddForeignKey
ALTER TABLE "paragraph" ADD CONSTRAINT "paragraph_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_author" ADD CONSTRAINT "article_author_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_author" ADD CONSTRAINT "article_author_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "quote" ADD CONSTRAINT "quote_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "quote" ADD CONSTRAINT "quote_paragraph_id_fkey" FOREIGN KEY ("paragraph_id") REFERENCES "paragraph"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "quote" ADD CONSTRAINT "quote_speaker_id_fkey" FOREIGN KEY ("speaker_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim" ADD CONSTRAINT "claim_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim" ADD CONSTRAINT "claim_paragraph_id_fkey" FOREIGN KEY ("paragraph_id") REFERENCES "paragraph"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim" ADD CONSTRAINT "claim_claimant_id_fkey" FOREIGN KEY ("claimant_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim_quote" ADD CONSTRAINT "claim_quote_claim_id_fkey" FOREIGN KEY ("claim_id") REFERENCES "claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim_quote" ADD CONSTRAINT "claim_quote_quote_id_fkey" FOREIGN KEY ("quote_id") REFERENCES "quote"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "troop_level" ADD CONSTRAINT "troop_level_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "troop_level" ADD CONSTRAINT "troop_level_paragraph_id_fkey" FOREIGN KEY ("paragraph_id") REFERENCES "paragraph"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "troop_level" ADD CONSTRAINT "troop_level_claim_id_fkey" FOREIGN KEY ("claim_id") REFERENCES "claim"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "troop_level" ADD CONSTRAINT "troop_level_location_id_fkey" FOREIGN KEY ("location_id") REFERENCES "location"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
