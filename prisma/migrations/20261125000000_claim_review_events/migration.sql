-- CreateTable
CREATE TABLE "claim_review_event" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "sequence" SERIAL NOT NULL,
    "claim_id" UUID NOT NULL,
    "api_key_id" UUID,
    "from_status" "ReviewStatus" NOT NULL,
    "to_status" "ReviewStatus" NOT NULL,
    "note" TEXT,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT clock_timestamp(),

    CONSTRAINT "claim_review_event_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "claim_review_event_sequence_key" ON "claim_review_event"("sequence");

-- CreateIndex
CREATE INDEX "claim_review_event_claim_id_sequence_idx" ON "claim_review_event"("claim_id", "sequence");

-- AddForeignKey
ALTER TABLE "claim_review_event" ADD CONSTRAINT "claim_review_event_claim_id_fkey" FOREIGN KEY ("claim_id") REFERENCES "claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim_review_event" ADD CONSTRAINT "claim_review_event_api_key_id_fkey" FOREIGN KEY ("api_key_id") REFERENCES "api_key"("id") ON DELETE SET NULL ON UPDATE CASCADE;
