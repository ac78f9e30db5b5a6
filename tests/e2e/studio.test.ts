import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveArticle } from '../../src/db/store.ts';
import { cleanEnv, exitOf, spawnCli, waitForOutput } from '../helpers/cli.ts';
import { createMigratedDatabase, type MigratedTestDatabase } from '../helpers/database.ts';
import { freePort } from '../helpers/ports.ts';
import { openOfflineBrowser, type OfflineBrowser } from './browser.ts';
import { STUDIO_CLAIM, studioArticle } from './scenario.ts';

let db: MigratedTestDatabase;
let service: ReturnType<typeof spawnCli>;
let studio: ReturnType<typeof spawnCli>;
let browser: OfflineBrowser;
let api: string;
let studioUrl: string;

beforeAll(async () => {
  // `npm start` and `npm run studio` on the same database, holding one hand-built claim.
  db = await createMigratedDatabase();
  await saveArticle(db.prisma, studioArticle());
  const [port, studioPort] = [await freePort(), await freePort()];
  service = spawnCli('src/cli/start.ts', [], cleanEnv({ DATABASE_URL: db.url, PORT: String(port), SEED_ON_START: 'false' }));
  await waitForOutput(service, /Articles: 1/);
  studio = spawnCli('src/cli/studio.ts', [], cleanEnv({ DATABASE_URL: db.url, STUDIO_PORT: String(studioPort) }));
  await waitForOutput(studio, /Prisma Studio is running/);
  api = `http://127.0.0.1:${port}/graphql`;
  studioUrl = `http://127.0.0.1:${studioPort}/`;
  browser = await openOfflineBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  for (const child of [studio, service]) {
    child?.kill('SIGTERM');
    if (child) await exitOf(child);
  }
  await db?.drop();
});

async function claimStatuses(): Promise<Map<string, string>> {
  const response = await fetch(api, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ claims(first: 100) { edges { node { text status } } } }' }),
  });
  const body = (await response.json()) as { data: { claims: { edges: { node: { text: string; status: string } }[] } } };
  return new Map(body.data.claims.edges.map(({ node }) => [node.text, node.status]));
}

describe('Prisma Studio in Chromium', () => {
  it("changes a claim's review status, and GraphQL answers with the new status", async () => {
    const { page, outside } = browser;
    await page.goto(studioUrl);
    await page.getByText('claim', { exact: true }).click();
    const firstRow = page.locator('tbody tr').first();
    await firstRow.waitFor({ timeout: 30_000 });

    // The grid renders only the columns in view; scroll right until `status` is among them.
    const headers = () => page.locator('thead th').allInnerTexts();
    for (let i = 0; i < 30 && !(await headers()).some((h) => h.trim().startsWith('status')); i += 1) {
      await page.evaluate(() => {
        const { document } = globalThis as unknown as {
          document: { querySelectorAll(s: string): ArrayLike<{ scrollWidth: number; clientWidth: number; scrollLeft: number }> };
        };
        for (const element of Array.from(document.querySelectorAll('*')))
          if (element.scrollWidth > element.clientWidth + 50) element.scrollLeft = element.scrollWidth;
      });
      await page.waitForTimeout(200);
    }
    const columns = await headers();
    const statusCell = firstRow.locator('td').nth(columns.findIndex((h) => h.trim().startsWith('status')));
    const textCell = firstRow.locator('td').nth(columns.findIndex((h) => h.trim().startsWith('text')));
    expect(await textCell.innerText()).toBe(STUDIO_CLAIM);
    expect(await statusCell.innerText()).toBe('UNREVIEWED');
    expect((await claimStatuses()).get(STUDIO_CLAIM)).toBe('UNREVIEWED');

    await statusCell.dblclick();
    await page.getByRole('button', { name: 'DISPUTED', exact: true }).click();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: /Save 1 row/ }).click();
    await page.getByRole('button', { name: 'yes, write to db' }).click();

    await expect.poll(async () => (await claimStatuses()).get(STUDIO_CLAIM), { timeout: 15_000 }).toBe('DISPUTED');
    // Studio works offline; the only thing it reaches for is Prisma's own launch telemetry,
    // which the browser here refuses.
    expect(outside.filter((url) => !url.startsWith('https://checkpoint.prisma.io/'))).toEqual([]);
  }, 90_000);
});
