/**
 * Prisma's enums must hold exactly the values of their sources in src/ingest/types.ts: the
 * Prisma schema cannot import them, so the store passes drafts' values through unchecked and
 * would otherwise fail only at run time. A value added or dropped on one side alone stops
 * `tsc` here.
 *
 * ReviewStatus, ApiKeyRole and the ingest jobs' enums are needed no lower than here: the Prisma schema is their
 * source, and their value lists below are derived from it.
 */
import type * as Ingest from '../ingest/types.ts';
import { ApiKeyRole, IngestJobKind, IngestJobStatus, ReviewStatus } from './generated/prisma/enums.ts';
import type * as Db from './generated/prisma/enums.ts';

/** What an API key may do, least first. */
export const API_KEY_ROLES = Object.values(ApiKeyRole);

/** Fact-checkers' verdicts on a claim. */
export const REVIEW_STATUSES = Object.values(ReviewStatus);

/** What a queued ingestion reads, and where it stands. */
export const INGEST_JOB_KINDS = Object.values(IngestJobKind);
export const INGEST_JOB_STATUSES = Object.values(IngestJobStatus);

/** `true` when A and B are the same set of string values, else `false`. */
export type SameValues<A extends string, B extends string> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/** Compiles only when given `true`. */
export type Assert<T extends true> = T;

export type PrismaEnumsMatchIngest = [
  Assert<SameValues<Db.ParagraphKind, Ingest.ParagraphKind>>,
  Assert<SameValues<Db.Gender, Ingest.Gender>>,
  Assert<SameValues<Db.OrganisationKind, Ingest.OrganisationKind>>,
  Assert<SameValues<Db.LocationKind, Ingest.LocationKind>>,
  Assert<SameValues<Db.Qualifier, Ingest.Qualifier>>,
  Assert<SameValues<Db.TroopLevelKind, Ingest.TroopLevelKind>>,
  Assert<SameValues<Db.PublishedPrecision, Ingest.PublishedPrecision>>,
  Assert<SameValues<Db.DatePrecision, Ingest.DatePrecision>>,
  Assert<SameValues<Db.ClaimKind, Ingest.ClaimKind>>,
];
