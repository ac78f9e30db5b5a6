import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config.ts';
import { cleanEnv, exitOf, spawnCli, waitForOutput } from '../helpers/cli.ts';
import { createEmptyDatabase, type TestDatabase } from '../helpers/database.ts';
import { freePort } from '../helpers/ports.ts';
import { openOfflineBrowser, type OfflineBrowser } from './browser.ts';

let db: TestDatabase;
let service: ReturnType<typeof spawnCli>;
let browser: OfflineBrowser;
let url: string;

beforeAll(async () => {
  // The real `npm start` on a fresh database: it migrates, seeds and serves.
  db = await createEmptyDatabase();
  const port = await freePort();
  service = spawnCli('src/cli/start.ts', [], cleanEnv({ DATABASE_URL: db.url, PORT: String(port) }));
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
  it('opens at /graphql and runs the seed-article query to 3,000 troops, with no request leaving the machine', async () => {
    const { page, outside } = browser;
    await page.goto(url);
    // The first tab holds the seed-article query; run it as a user would.
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
    await expect.poll(resultText, { timeout: 30_000 }).toContain('"count": 3000');
    expect(await resultText()).toContain('US to pull almost half its troops from Iraq this month');
    await page.screenshot({ path: path.join(projectRoot, 'docs', 'playground.png') });
    expect(outside).toEqual([]);
  }, 90_000);
});
