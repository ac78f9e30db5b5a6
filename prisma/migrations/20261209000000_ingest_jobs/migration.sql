-- Ingestion through a queue: one row per submitted URL or content, followed by callers while
-- graphile-worker (schema graphile_worker, installed by the application) runs it.

-- CreateEnum
CREATE TYPE "IngestJobKind" AS ENUM ('URL', 'TEXT', 'HTML');

-- CreateEnum
CREATE TYPE "IngestJobStatus" AS ENUM ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED');

-- CreateTable
CREATE TABLE "ingest_job" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "key" TEXT NOT NULL,
    "kind" "IngestJobKind" NOT NULL,
    "url" TEXT,
    "content" TEXT,
    "time_zone" TEXT,
    "status" "IngestJobStatus" NOT NULL DEFAULT 'QUEUED',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "max_attempts" INTEGER NOT NULL,
    "last_error" TEXT,
    "article_id" UUID,
    "created" BOOLEAN,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "started_at" TIMESTAMPTZ(3),
    "finished_at" TIMESTAMPTZ(3),

    CONSTRAINT "ingest_job_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ingest_job_key_key" ON "ingest_job"("key");

-- CreateIndex
CREATE INDEX "ingest_job_created_at_id_idx" ON "ingest_job"("created_at" DESC, "id");

-- CreateIndex
CREATE INDEX "ingest_job_status_created_at_id_idx" ON "ingest_job"("status", "created_at" DESC, "id");

-- CreateIndex
CREATE INDEX "ingest_job_article_id_idx" ON "ingest_job"("article_id");

-- AddForeignKey
ALTER TABLE "ingest_job" ADD CONSTRAINT "ingest_job_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "article"("id") ON DELETE SET NULL ON UPDATE CASCADE;
