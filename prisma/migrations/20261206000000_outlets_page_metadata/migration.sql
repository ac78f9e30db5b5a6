-- Pages carry their own metadata: who published them, their canonical address, their
-- language and when they were last changed.

-- CreateTable
CREATE TABLE "outlet" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "site_url" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "outlet_pkey" PRIMARY KEY ("id")
);

-- AlterTable
ALTER TABLE "article" ADD COLUMN     "canonical_url" TEXT,
ADD COLUMN     "modified_at" TIMESTAMPTZ(3),
ADD COLUMN     "language" TEXT,
ADD COLUMN     "outlet_id" UUID;

-- CreateIndex
CREATE UNIQUE INDEX "outlet_key_key" ON "outlet"("key");

-- CreateIndex
CREATE INDEX "outlet_name_idx" ON "outlet"("name");

-- CreateIndex
CREATE UNIQUE INDEX "article_canonical_url_key" ON "article"("canonical_url");

-- CreateIndex
CREATE INDEX "article_outlet_id_idx" ON "article"("outlet_id");

-- CreateIndex
CREATE INDEX "article_language_idx" ON "article"("language");

-- AddForeignKey
ALTER TABLE "article" ADD CONSTRAINT "article_outlet_id_fkey" FOREIGN KEY ("outlet_id") REFERENCES "outlet"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- CreateTable
CREATE TABLE "article_agency" (
    "article_id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "article_agency_pkey" PRIMARY KEY ("article_id","organisation_id")
);

-- CreateIndex
CREATE INDEX "article_agency_organisation_id_idx" ON "article_agency"("organisation_id");

-- AddForeignKey
ALTER TABLE "article_agency" ADD CONSTRAINT "article_agency_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_agency" ADD CONSTRAINT "article_agency_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
