/**
 * What resolvers hand to the next level for each GraphQL type (codegen mappers): Prisma rows,
 * and the connection pages built by common/pagination.ts.
 */
import type { ApiKey, Claim, IngestJob, Organisation, Outlet, Person, Quote, TroopLevel } from '../db/client.ts';
import type { RowOf } from '../db/queries/models.ts';
import type { UserError } from './generated/resolvers.ts';
import type { ConnectionModel } from './common/pagination.ts';

/**
 * An article as the API reads it: without its full text, which is large and rarely asked
 * for (Article.text loads it on demand). Mutations may hand over the whole row.
 */
export type ArticleModel = RowOf<'Article'>;
/** One author of an article: the link row (role, position) of a person. */
export type AuthorModel = RowOf<'ArticleAuthor'>;

export type ArticleConnectionModel = ConnectionModel<ArticleModel>;
export type QuoteConnectionModel = ConnectionModel<Quote>;
export type ClaimConnectionModel = ConnectionModel<Claim>;
export type TroopLevelConnectionModel = ConnectionModel<TroopLevel>;
export type PersonConnectionModel = ConnectionModel<Person>;
export type OrganisationConnectionModel = ConnectionModel<Organisation>;
export type OutletConnectionModel = ConnectionModel<Outlet>;
export type IngestJobConnectionModel = ConnectionModel<IngestJob>;

export type EdgeModel<T> = ConnectionModel<T>['edges'][number];
export type ArticleEdgeModel = EdgeModel<ArticleModel>;
export type QuoteEdgeModel = EdgeModel<Quote>;
export type ClaimEdgeModel = EdgeModel<Claim>;
export type TroopLevelEdgeModel = EdgeModel<TroopLevel>;
export type PersonEdgeModel = EdgeModel<Person>;
export type OrganisationEdgeModel = EdgeModel<Organisation>;
export type OutletEdgeModel = EdgeModel<Outlet>;
export type IngestJobEdgeModel = EdgeModel<IngestJob>;

/** A timeline point is a troop level seen from its place. */
export type TimelinePointModel = TroopLevel;

/** A mutation's answer: the changed row, or the reasons it was refused. */
export interface PayloadModel {
  userErrors: UserError[];
}
export interface IngestArticlePayloadModel extends PayloadModel {
  article: ArticleModel | null;
  created: boolean;
  /** Set when the ingestion was queued (async: true). */
  job?: IngestJob | null;
}
export type ClaimPayloadModel = PayloadModel & { claim: Claim | null };
export type QuotePayloadModel = PayloadModel & { quote: Quote | null };
export type TroopLevelPayloadModel = PayloadModel & { troopLevel: TroopLevel | null };
export type PersonPayloadModel = PayloadModel & { person: Person | null };
export type CreateApiKeyPayloadModel = PayloadModel & { apiKey: ApiKey | null; secret: string | null };
export type RevokeApiKeyPayloadModel = PayloadModel & { apiKey: ApiKey | null };
