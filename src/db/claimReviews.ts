/**
 * A claim's review status changes and its audit event are one statement: the update takes the
 * claim's row lock, which orders concurrent reviews; each event records the status its update
 * replaced (RETURNING old, Postgres 18: after waiting for that lock, the version it replaced),
 * and the last review to take the lock is the claim's status. No review is lost and none is
 * recorded without taking effect.
 *
 * Nothing else locks the claim's row: without an explicit FOR UPDATE before the update and the
 * foreign key check of the event's insert (a KEY SHARE lock), a review at 20k articles costs
 * Postgres 0.23 ms instead of 0.33 (BENCHMARKS.md). The event's claim_id is the row this
 * statement just updated, so that check could never fail; a trigger on claim deletes a claim's
 * events with it.
 */
import { escapeIdentifier } from 'pg';
import { sqlOf, type Claim, type ClaimReviewEvent, type PrismaClient, type ReviewStatus, type SqlRunner } from './client.ts';
import type { Select } from './queries/jsonSelect.ts';
import { column, fieldsOf, hasColumn } from './queries/models.ts';

export interface ReviewChange {
  claimId: string;
  status: ReviewStatus;
  note: string | null;
  /** The API key making the change. */
  apiKeyId: string | null;
}

/** `model`'s columns (of `alias`) under their Prisma field names, so a statement returns Prisma-shaped rows. */
const asFields = (model: 'Claim' | 'ClaimReviewEvent', fields: readonly string[], alias: string): string =>
  fields.map((field) => `${alias}.${column(model, field)} AS ${escapeIdentifier(field)}`).join(', ');

/** $1 claim id, $2 status, $3 note, $4 API key id; the claim comes back with `fields`. */
const reviewSql = (fields: readonly string[]) => `
  WITH changed AS (
    UPDATE claim SET status = $2::"ReviewStatus", review_note = $3::text,
      reviewed_at = clock_timestamp(), updated_at = clock_timestamp()
    WHERE id = $1::uuid
    RETURNING old.status AS "previousStatus", ${asFields('Claim', fields, 'new')}
  ), logged AS (
    INSERT INTO claim_review_event (claim_id, api_key_id, from_status, to_status, note)
    SELECT $1::uuid, $4::uuid, "previousStatus", $2::"ReviewStatus", $3::text FROM changed
  )
  SELECT ${fields.map(escapeIdentifier).join(', ')} FROM changed`;

const EVERY_FIELD = reviewSql(fieldsOf('Claim'));

/** Statements by the look-ahead's select (one per document: selects are reused per document). */
const statements = new WeakMap<Select, string>();

/**
 * The statement returning what `select` reads of the claim: its columns only (each column
 * parsed for nothing cost client CPU on the service's hottest write), or every column when
 * it follows a relation, whose loader needs the keys.
 */
function statementFor(select: Select | undefined): string {
  if (!select) return EVERY_FIELD;
  let sql = statements.get(select);
  if (sql === undefined) {
    const fields = Object.keys(select);
    const columnsOnly = fields.every((field) => hasColumn('Claim', field));
    sql = columnsOnly ? reviewSql(['id', ...fields.filter((field) => field !== 'id')]) : EVERY_FIELD;
    statements.set(select, sql);
  }
  return sql;
}

/**
 * Applies the review and returns the claim as it now is (the fields `select` names, or all);
 * undefined when no claim has that id. A prepared statement on the pool.
 */
export async function recordClaimReview(prisma: PrismaClient, change: ReviewChange, select?: Select): Promise<Claim | undefined> {
  const values = [change.claimId, change.status, change.note, change.apiKeyId];
  const { rows } = await sqlOf(prisma)<Claim>(statementFor(select), values);
  return rows[0];
}

/** Each claim's review events, oldest first, for the claims in `claimIds` (in no order). */
export async function reviewEventsOf(sql: SqlRunner, claimIds: readonly string[]): Promise<ClaimReviewEvent[]> {
  const { rows } = await sql<ClaimReviewEvent>(REVIEW_EVENTS, [claimIds]);
  return rows;
}

const REVIEW_EVENTS = `
  SELECT ${asFields('ClaimReviewEvent', fieldsOf('ClaimReviewEvent'), 'e')}
  FROM claim_review_event e WHERE e.claim_id = ANY($1::uuid[]) ORDER BY e.claim_id, e.sequence`;
