import { readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config.ts';
import { saveArticle } from '../../src/db/store.ts';
import { playgroundTabs } from '../../src/server/playgroundTabs.ts';
import { cleanEnv, exitOf, spawnCli, waitForOutput } from '../helpers/cli.ts';
import { createMigratedDatabase, type MigratedTestDatabase } from '../helpers/database.ts';
import { freePort } from '../helpers/ports.ts';
import { openOfflineBrowser, type OfflineBrowser } from './browser.ts';
import { PLAYGROUND_HEADLINE, PLAYGROUND_TARGET, playgroundArticle } from './scenario.ts';

let db: MigratedTestDatabase;
let service: ReturnType<typeof spawnCli>;
let browser: OfflineBrowser;
let url: string;

beforeAll(async () => {
  // A hand-built article under the slug the first tab asks for, then the real `npm start` on it.
  db = await createMigratedDatabase();
  await saveArticle(db.prisma, playgroundArticle(String(playgroundTabs[0]!.variables!.slug)));
  const port = await freePort();
  service = spawnCli('src/cli/start.ts', [], cleanEnv({ DATABASE_URL: db.url, PORT: String(port), SEED_ON_START: 'false' }));
  await waitForOutput(service, /Articles: 1/);
  url = `http://localhost:${port}/graphql`;
  browser = await openOfflineBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  service?.kill('SIGTERM');
  if (service) await exitOf(service);
  await db?.drop();
});

describe('GraphQL Playground in Chromium', () => {
  it("opens at /graphql and runs the first tab's query to the article's figures, with no request leaving the machine", async () => {
    const { page, outside } = browser;
    await page.goto(url);
    // The first tab holds the article query; run it as a user would.
    const editor = page.locator('.CodeMirror').first();
    await editor.waitFor({ timeout: 30_000 });
    await editor.click();
    await page.keyboard.press('Control+Enter');
    // The result pane is a read-only CodeMirror editor that renders only the lines in view, so
    // read the editors' whole text through CodeMirror's own API and keep the one with `data`.
    const resultText = () =>
      page.evaluate(() => {
        // Runs in the page; typed by hand because the project compiles without the DOM library.
        type Editor = { CodeMirror?: { getValue(): string }; innerText: string };
        const { document } = globalThis as unknown as { document: { querySelectorAll(selector: string): ArrayLike<Editor> } };
        return Array.from(document.querySelectorAll('.CodeMirror'))
          .map((element) => element.CodeMirror?.getValue() ?? element.innerText)
          .filter((text) => text.includes('"data"'))
          .join('\n');
      });
    await expect.poll(resultText, { timeout: 30_000 }).toContain(`"count": ${PLAYGROUND_TARGET}`);
    expect(await resultText()).toContain(PLAYGROUND_HEADLINE);
    // The README's picture is refreshed on purpose (npm run docs:screenshot), never by a test run.
    const shot =
      process.env.DOCS_SCREENSHOT === 'true'
        ? path.join(projectRoot, 'docs', 'playground.png')
        : path.join(os.tmpdir(), `playground-${process.pid}.png`);
    await page.screenshot({ path: shot });
    expect((await readFile(shot)).subarray(1, 4).toString()).toBe('PNG');
    if (process.env.DOCS_SCREENSHOT !== 'true') await rm(shot);
    expect(outside).toEqual([]);
  }, 90_000);

  it('leaves at most one autocomplete box on the page after a query is typed, and none once the editor loses focus', async () => {
    const { page } = browser;
    await page.goto(url);
    const editor = page.locator('.CodeMirror').first();
    await editor.waitFor({ timeout: 30_000 });
    await editor.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await page.keyboard.type('{ articles(first: 2) { edges { node { headline troopLevels { count kind } } } } }', { delay: 20 });
    const boxes = () =>
      page.evaluate(
        () =>
          (globalThis as unknown as { document: { querySelectorAll(s: string): { length: number } } }).document.querySelectorAll(
            '.CodeMirror-hints-wrapper',
          ).length,
      );
    const whileTyping = await boxes();
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.waitForTimeout(300);
    expect([whileTyping <= 1, await boxes()]).toEqual([true, 0]);
  }, 90_000);
});

describe('GraphiQL in Chromium', () => {
  it('opens at /graphiql (where / leads) and runs its query to the article, with no request leaving the machine', async () => {
    const { page, outside } = browser;
    await page.goto(url.replace('/graphql', '/'));
    expect(new URL(page.url()).pathname).toBe('/graphiql');
    const editor = page.locator('.graphiql-query-editor').first();
    await editor.waitFor({ timeout: 30_000 });
    await page.locator('.graphiql-execute-button').click();
    const response = page.locator('.graphiql-response');
    // Monaco wraps long lines in the response pane: compare with runs of white space folded.
    const shown = async () => ((await response.textContent()) ?? '').replace(/\s+/g, ' ');
    await expect.poll(shown, { timeout: 30_000 }).toContain(`"headline": "${PLAYGROUND_HEADLINE}"`);
    expect(await shown()).toContain('"count": 2500, "kind": "TARGET"');
    expect(outside).toEqual([]);
  }, 90_000);
});
