import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { defaultBundleDir } from '../../src/server/explorer/explorer.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';

/**
 * The explorer in a real browser (Debian's chromium, offline flags, a fresh profile): it must load from the
 * gateway alone, run a query and show a subscription's pushed event. A screenshot is kept in test/e2e/artifacts/.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const ARTIFACTS = join(import.meta.dirname, 'artifacts');
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

let t: TestGateway;
let profile: string;
let context: BrowserContext;
let page: Page;
/** Every request the page (and its workers) made that did not stay on this machine. */
const outside: string[] = [];

beforeAll(async () => {
  // `npm run build` makes the bundle; a run of this file alone builds it when missing.
  if (!existsSync(join(defaultBundleDir(), 'index.html'))) {
    execFileSync('npx', ['vite', 'build', '--config', 'src/server/explorer/client/vite.config.ts'], {
      stdio: 'inherit',
    });
  }
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install chromium (.ci/run does)`);
  t = await startTestGateway({ SANDBOX_SIMS: '10' });
  profile = mkdtempSync(join(tmpdir(), 'lf-explorer-profile-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
    viewport: { width: 1400, height: 900 },
  });
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'data:' || url.protocol === 'blob:' || LOOPBACK.has(url.hostname)) return route.continue();
    outside.push(url.href);
    return route.abort();
  });
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (!['data:', 'blob:'].includes(url.protocol) && !LOOPBACK.has(url.hostname)) outside.push(url.href);
  });
  page = context.pages()[0] ?? (await context.newPage());
}, 60_000);

afterAll(async () => {
  if (page) {
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'explorer.png') }).catch(() => undefined);
  }
  await context?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
  await t?.close();
});

/** The response editor's text (Monaco renders only visible lines, enough for these small results, with no-break spaces). */
const responseText = async () =>
  (await page.locator('.graphiql-response .view-lines').innerText()).replace(/\u00a0/g, ' ');

it('GET / opens the explorer at /graphql, with the editor, the examples and an Authorization header ready', async () => {
  await page.goto(`${t.origin}/`);
  expect(new URL(page.url()).pathname).toBe('/graphql');
  await page.locator('.graphiql-query-editor .monaco-editor').waitFor({ state: 'visible', timeout: 30_000 });
  await expect
    .poll(() => page.locator('.graphiql-query-editor .view-lines').innerText(), { timeout: 15_000 })
    .toContain('simsInUse');
  await expect
    .poll(() => page.locator('.graphiql-editor-tool .graphiql-editor:not(.hidden) .view-lines').innerText(), {
      timeout: 15_000,
    })
    .toContain('Authorization');
  expect(await page.locator('button.lf-example').count()).toBeGreaterThan(20);
});

it('runs a query and shows its result', async () => {
  await page.locator('.graphiql-execute-button').click();
  await expect.poll(responseText, { timeout: 15_000 }).toContain('"totalCount"');
  expect(await responseText()).not.toContain('"errors"');
});

it('runs a subscription over graphql-ws and shows the event the sandbox pushes', async () => {
  // Each push names another SIM: the same signed alert again would be a replay, acknowledged but not delivered.
  const sims = t.sandbox.csss.state.sims.map((sim) => sim.iccid);
  const pushed: string[] = [];
  await openExample('UsageAlerts', 'usageAlerts');
  await page.locator('.graphiql-execute-button').click();
  // The subscription starts asynchronously: push until one alert has reached the page.
  await expect
    .poll(
      async () => {
        // GraphiQL picks the operation name from the editor after a debounce: on a busy machine the first run can
        // still carry the previous tab's name, which the gateway refuses; run again until the subscription is live.
        if ((await responseText()).includes('OPERATION_RESOLUTION_FAILURE'))
          await page.locator('.graphiql-execute-button').click();
        const iccid = sims[pushed.length % sims.length];
        pushed.push(iccid);
        await fetch(`${t.sandbox.url}/_sandbox/usage-alerts`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ iccids: [iccid], warningCode: '2' }),
        });
        const text = await responseText();
        return pushed.some((one) => text.includes(one));
      },
      { timeout: 15_000, interval: 500 },
    )
    .toBe(true);
  expect(await responseText()).toContain('"usageAlerts"');
});

/** Replaces the header editor's text with an `Authorization` line carrying `key`. */
async function typeAuthorization(key: string): Promise<void> {
  const headers = page.locator('.graphiql-editor-tool .graphiql-editor:not(.hidden) .monaco-editor');
  await headers.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  // Monaco closes brackets and quotes as they are typed: type only what it does not add.
  await page.keyboard.type(`{"Authorization": "Bearer ${key}`);
  await expect.poll(() => headers.locator('.view-lines').innerText()).toContain(key);
}

/** Opens one of the examples in a new tab and waits for its text. */
async function openExample(name: string, text: string): Promise<void> {
  await page.locator(`button.lf-example[data-operation="${name}"]`).click();
  await expect
    .poll(() => page.locator('.graphiql-query-editor .view-lines').innerText(), { timeout: 15_000 })
    .toContain(text);
}

it("sends the header editor's Authorization: the sandbox-demo key sees only its three SIMs", async () => {
  const { key, client } = t.gateway.sandboxDemo!;
  await page.locator('.graphiql-tab', { hasText: 'SimsInUse' }).click();
  await expect
    .poll(() => page.locator('.graphiql-query-editor .view-lines').innerText(), { timeout: 15_000 })
    .toContain('simsInUse');
  await typeAuthorization(key);
  await page.locator('.graphiql-execute-button').click();
  await expect.poll(responseText, { timeout: 15_000 }).toMatch(new RegExp(`"totalCount": ${client.iccids!.length}\\b`));
});

it("sends the header editor's Authorization over graphql-ws too: an alert naming a foreign SIM shows only the key's own", async () => {
  const { key, client } = t.gateway.sandboxDemo!;
  const own = client.iccids!;
  const foreign = t.sandbox.csss.state.sims.map((sim) => sim.iccid).filter((iccid) => !own.includes(iccid));
  await openExample('UsageAlerts', 'usageAlerts');
  await typeAuthorization(key);
  await page.locator('.graphiql-execute-button').click();
  // Each alert names one foreign SIM and one of the key's: anonymous, the page would show both.
  let pushes = 0;
  let shown = '';
  await expect
    .poll(
      async () => {
        if ((await responseText()).includes('OPERATION_RESOLUTION_FAILURE'))
          await page.locator('.graphiql-execute-button').click();
        const pair = [foreign[pushes % foreign.length], own[pushes % own.length]];
        pushes += 1;
        await fetch(`${t.sandbox.url}/_sandbox/usage-alerts`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ iccids: pair, warningCode: '3' }),
        });
        shown = await responseText();
        return own.some((iccid) => shown.includes(iccid));
      },
      { timeout: 15_000, interval: 500 },
    )
    .toBe(true);
  expect(shown).toContain('"usageAlerts"');
  for (const iccid of foreign) expect(shown).not.toContain(iccid);
});

it('requested nothing outside loopback', () => {
  expect(outside).toEqual([]);
});
