/**
 * A claim's review status changes and its audit event are one statement: the claim's row
 * lock orders concurrent reviews, each event records the status it replaced (read under that
 * lock), and the last review to take the lock is the claim's status. No review is lost and
 * none is recorded without taking effect.
 */
import type { PrismaClient, ReviewStatus } from './client.ts';

export interface ReviewChange {
  claimId: string;
  status: ReviewStatus;
  note: string | null;
  /** The API key making the change. */
  apiKeyId: string | null;
}

/** Applies the review; false when no claim has that id. */
export async function recordClaimReview(prisma: PrismaClient, change: ReviewChange): Promise<boolean> {
  const rows = await prisma.$queryRaw<{ id: string }[]>`
    WITH current AS (
      SELECT id, status FROM claim WHERE id = ${change.claimId}::uuid FOR UPDATE
    ), changed AS (
      UPDATE claim SET status = ${change.status}::"ReviewStatus", review_note = ${change.note}::text,
        reviewed_at = clock_timestamp(), updated_at = clock_timestamp()
      FROM current WHERE claim.id = current.id
      RETURNING claim.id
    ), logged AS (
      INSERT INTO claim_review_event (claim_id, api_key_id, from_status, to_status, note)
      SELECT id, ${change.apiKeyId}::uuid, status, ${change.status}::"ReviewStatus", ${change.note}::text FROM current
    )
    SELECT id FROM changed`;
  return rows.length === 1;
}
