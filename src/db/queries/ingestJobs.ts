/**
 * The list of ingest jobs: newest first, optionally of one status (an index serves each).
 */
import { Conditions } from './lists.ts';
import type { OrderTerm } from './models.ts';

export const NEWEST_JOB_FIRST: OrderTerm[] = [{ field: 'createdAt', desc: true }, { field: 'id' }];

export function ingestJobConditions(status: string | undefined): Conditions {
  const c = new Conditions();
  if (status !== undefined) c.add(`x.status = ${c.param(status, '"IngestJobStatus"')}`);
  return c;
}
