/**
 * A claim's review status changes and its audit event are one statement: the claim's row
 * lock orders concurrent reviews, each event records the status it replaced (read under that
 * lock), and the last review to take the lock is the claim's status. No review is lost and
 * none is recorded without taking effect.
 */
import { sqlOf, type Claim, type PrismaClient, type ReviewStatus } from './client.ts';
import { column, fieldsOf } from './queries/models.ts';
import { escapeIdentifier } from 'pg';

export interface ReviewChange {
  claimId: string;
  status: ReviewStatus;
  note: string | null;
  /** The API key making the change. */
  apiKeyId: string | null;
}

/** The claim's columns under their Prisma field names, so the statement returns a Claim row. */
const CLAIM_FIELDS = fieldsOf('Claim')
  .map((field) => `claim.${column('Claim', field)} AS ${escapeIdentifier(field)}`)
  .join(', ');

/** $1 claim id, $2 status, $3 note, $4 API key id. */
const REVIEW = `
  WITH current AS (
    SELECT id, status FROM claim WHERE id = $1::uuid FOR UPDATE
  ), changed AS (
    UPDATE claim SET status = $2::"ReviewStatus", review_note = $3::text,
      reviewed_at = clock_timestamp(), updated_at = clock_timestamp()
    FROM current WHERE claim.id = current.id
    RETURNING ${CLAIM_FIELDS}
  ), logged AS (
    INSERT INTO claim_review_event (claim_id, api_key_id, from_status, to_status, note)
    SELECT id, $4::uuid, status, $2::"ReviewStatus", $3::text FROM current
  )
  SELECT * FROM changed`;

/**
 * Applies the review and returns the claim as it now is; undefined when no claim has that id.
 * One prepared statement on the pool: this is the service's hottest write.
 */
export async function recordClaimReview(prisma: PrismaClient, change: ReviewChange): Promise<Claim | undefined> {
  const { rows } = await sqlOf(prisma)<Claim>(REVIEW, [change.claimId, change.status, change.note, change.apiKeyId]);
  return rows[0];
}
