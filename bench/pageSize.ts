/**
 * The DataLoader claim, measured: SQL statements per `articles(first: N)` request with every
 * nested list, for N = 1, 10, 50 and 100, counted by pg_stat_statements.
 */
import type pg from 'pg';
import { countStatements, resetStatements } from './database.ts';
import type { RunningServer } from './servers.ts';

const PAGE = `query ($first: Int!) { articles(first: $first) { totalCount edges { node { slug
  authors { role person { name } } counts { quotes claims troopLevels }
  paragraphs { index } quotes { text speaker { name } span { start paragraph } }
  claims { text claimant { name } quotes { text } troopLevels { count } }
  troopLevels { count location { name } } } } } }`;

export async function statementsByPageSize(server: RunningServer, stats: pg.Client): Promise<Record<string, number>> {
  const ask = async (first: number) => {
    const response = await fetch(`${server.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: PAGE, variables: { first } }),
    });
    const json = (await response.json()) as { errors?: unknown };
    if (json.errors) throw new Error(`page-size check: ${JSON.stringify(json.errors)}`);
  };
  const counts: Record<string, number> = {};
  for (const first of [1, 10, 50, 100]) {
    await ask(first); // connections and statement plans settle first
    await resetStatements(stats);
    const requests = 10;
    for (let i = 0; i < requests; i += 1) await ask(first);
    counts[`first: ${first}`] = (await countStatements(stats)) / requests;
  }
  return counts;
}
