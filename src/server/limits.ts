/**
 * How much one GraphQL request may ask for (graphql-armor). The numbers leave room for every
 * query in the Playground tabs and the typed client (tested) while refusing documents built
 * to exhaust the server: nesting, alias fan-out, token floods, directive floods.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ValidationRule } from 'graphql';
import { MAX_ARTICLE_BYTES } from '../ingest/limits.ts';

/** The most a request body may hold: an article's text, the largest input the API takes. */
export const MAX_BODY_BYTES = MAX_ARTICLE_BYTES;

export const REQUEST_LIMITS = {
  depth: 10,
  aliases: 15,
  tokens: 2_000,
  directives: 10,
  /** graphql-armor's cost: 2 per object field, 1 per scalar, ×1.5 per level of nesting. */
  cost: 20_000,
} as const;

export interface RequestProtection {
  plugins: ApolloServerPlugin[];
  validationRules: ValidationRule[];
  parseOptions: { maxTokens: number };
}

export function requestProtection(): RequestProtection {
  const config: ConstructorParameters<typeof ApolloArmor>[0] = {
    maxDepth: { n: REQUEST_LIMITS.depth, ignoreIntrospection: true },
    maxAliases: { n: REQUEST_LIMITS.aliases },
    // Its Apollo plugin throws from parsingDidStart, which Apollo Server 5 answers with a 500;
    // graphql-js's own parser limit (parseOptions below) refuses the same documents as a 400.
    maxTokens: { enabled: false },
    maxDirectives: { n: REQUEST_LIMITS.directives },
    costLimit: { maxCost: REQUEST_LIMITS.cost, ignoreIntrospection: true },
    // Its mask leaves "[Suggestion hidden]?" in the message; Apollo's own
    // hideSchemaDetailsFromClientErrors (app.ts) removes the suggestion cleanly.
    blockFieldSuggestion: { enabled: false },
  };
  const { plugins, validationRules } = new ApolloArmor(config).protect();
  // graphql-armor's declarations name @apollo/server's CommonJS types and we load its ES module
  // ones: the same objects at run time, different declarations to TypeScript.
  return { plugins: plugins as unknown as ApolloServerPlugin[], validationRules, parseOptions: { maxTokens: REQUEST_LIMITS.tokens } };
}
