/**
 * GraphQL Code Generator: resolver types from the SDL (mapped to Prisma's model types), the
 * example client's typed operations, and the merged SDL at the repository root for client tooling. `npm run codegen`; it also runs
 * on install and before the tests. Output is generated, never edited, not committed
 * (except schema.graphql, which client tooling reads; npm test's check:generated fails when it is stale).
 */
import type { CodegenConfig } from '@graphql-codegen/cli';

const prisma = '../../db/client.ts';
const models = '../models.ts';

const config: CodegenConfig = {
  schema: ['src/graphql/common/schema.graphql', 'src/graphql/*/schema.graphql'],
  emitLegacyCommonJSImports: false,
  generates: {
    'src/graphql/generated/resolvers.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        contextType: '../context.ts#GraphQLContext',
        scalars: { DateTime: 'Date', Date: 'Date' },
        mappers: {
          Article: `${models}#ArticleModel`,
          Paragraph: `${prisma}#Paragraph as ParagraphRow`,
          Quote: `${prisma}#Quote as QuoteRow`,
          Claim: `${prisma}#Claim as ClaimRow`,
          TroopLevel: `${prisma}#TroopLevel as TroopLevelRow`,
          Location: `${prisma}#Location as LocationRow`,
          Person: `${prisma}#Person as PersonRow`,
          Organisation: `${prisma}#Organisation as OrganisationRow`,
          Outlet: `${prisma}#Outlet as OutletRow`,
          ApiKey: `${prisma}#ApiKey as ApiKeyRow`,
          IngestJob: `${prisma}#IngestJob as IngestJobRow`,
          IngestJobConnection: `${models}#IngestJobConnectionModel`,
          IngestJobEdge: `${models}#IngestJobEdgeModel`,
          ClaimReviewEvent: `${prisma}#ClaimReviewEvent as ClaimReviewEventRow`,
          Author: `${models}#AuthorModel`,
          Span: '../common/span.ts#SpanModel',
          TimelinePoint: `${models}#TimelinePointModel`,
          ArticleConnection: `${models}#ArticleConnectionModel`,
          ArticleEdge: `${models}#ArticleEdgeModel`,
          QuoteConnection: `${models}#QuoteConnectionModel`,
          QuoteEdge: `${models}#QuoteEdgeModel`,
          ClaimConnection: `${models}#ClaimConnectionModel`,
          ClaimEdge: `${models}#ClaimEdgeModel`,
          TroopLevelConnection: `${models}#TroopLevelConnectionModel`,
          TroopLevelEdge: `${models}#TroopLevelEdgeModel`,
          PersonConnection: `${models}#PersonConnectionModel`,
          PersonEdge: `${models}#PersonEdgeModel`,
          OrganisationConnection: `${models}#OrganisationConnectionModel`,
          OrganisationEdge: `${models}#OrganisationEdgeModel`,
          OutletConnection: `${models}#OutletConnectionModel`,
          OutletEdge: `${models}#OutletEdgeModel`,
          IngestArticlePayload: `${models}#IngestArticlePayloadModel`,
          ClaimPayload: `${models}#ClaimPayloadModel`,
          QuotePayload: `${models}#QuotePayloadModel`,
          TroopLevelPayload: `${models}#TroopLevelPayloadModel`,
          PersonPayload: `${models}#PersonPayloadModel`,
          CreateApiKeyPayload: `${models}#CreateApiKeyPayloadModel`,
          RevokeApiKeyPayload: `${models}#RevokeApiKeyPayloadModel`,
        },
      },
    },
    // The example typed client (examples/client): documents → typed operations.
    'examples/client/src/gql/': {
      documents: ['examples/client/operations/*.graphql'],
      preset: 'client',
      config: { useTypeImports: true, enumsAsTypes: true, scalars: { DateTime: 'string', Date: 'string' } },
      // persisted-documents.json: the operations' hashes, the allow-list TRUSTED_DOCUMENTS enforces.
      presetConfig: { fragmentMasking: false, persistedDocuments: { hashAlgorithm: 'sha256' } },
    },
    'schema.graphql': {
      plugins: ['schema-ast'],
      config: { includeDirectives: false, commentDescriptions: false, sort: false },
    },
  },
};

export default config;
