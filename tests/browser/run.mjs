// Browser tests: the real `assure serve` on a fresh SQLite database, driven by Debian's Chromium
// through playwright-core, with axe checking WCAG 2.2 AA on every page.
//
//   node tests/browser/run.mjs ASSURE_BIN        (from the repository root; CTest label `browser`)
//
// Needs web/dist (scripts/setup builds it). Starts the server on a free loopback port and stops it
// on every way out (harness.mjs). Set ASSURE_BROWSER_KEEP=1 to keep the temporary folder
// (database and server log) for a post-mortem.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import {
  Assure, CHROMIUM, CHROMIUM_ARGS, assertAccessible, assertStyledAndClean, assureBinary,
  open as openIn,
} from './harness.mjs';

const assure = new Assure(assureBinary('run.mjs'));

let base;
let browser;
let context;

const open = (url) => openIn(context, url);

before(async () => {
  base = await assure.start();
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  context = await browser.newContext();  // a fresh profile: no cookies, no cache
});

after(async () => {
  await context?.close().catch(() => {});
  await browser?.close().catch(() => {});
  await assure.stop();
  assure.cleanUp();
});

describe('assure serve in Chromium', () => {
  test('/healthz answers JSON', async () => {
    const response = await fetch(`${base}/healthz`);
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /application\/json/);
    await response.json();
  });

  test('the start page says what Assure is, links to sign in, and passes axe', async () => {
    const { page, response, problems } = await open(`${base}/`);
    assert.equal(response.status(), 200);
    assert.equal(await page.title(), 'Assure');
    assert.equal((await page.locator('h1').innerText()).trim(), 'Assure');
    const signIn = page.getByRole('button', { name: 'Sign in' });
    assert.equal(await signIn.getAttribute('href'), '/sign-in');
    await assertStyledAndClean(page, problems);
    await assertAccessible(page);
    await page.close();
  });

  test('the skip link moves focus to the main content', async () => {
    const { page } = await open(`${base}/`);
    await page.keyboard.press('Tab');
    const skip = page.locator('.govuk-skip-link');
    assert.equal(await skip.evaluate((el) => el === document.activeElement), true);
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'main-content');
    await page.close();
  });

  test('an unknown path gets the 404 page, which passes axe', async () => {
    const { page, response, problems } = await open(`${base}/no/such/page`);
    assert.equal(response.status(), 404);
    assert.equal(await page.title(), 'Page not found – Assure');
    assert.equal((await page.locator('h1').innerText()).trim(), 'Page not found');
    await assertStyledAndClean(page, problems);
    await assertAccessible(page);
    await page.close();
  });

  test('the public learning library opens without signing in, is cacheable and passes axe',
    async () => {
      const { page, response, problems } = await open(`${base}/learning`);
      assert.equal(response.status(), 200);
      assert.equal(response.headers()['cache-control'], 'public, max-age=300');
      assert.match(response.headers()['etag'] ?? '', /^"[0-9a-f]{32}"$/);
      assert.equal((await page.locator('h1').innerText()).trim(),
        'Learning from safeguarding reviews');
      await assertStyledAndClean(page, problems);
      await assertAccessible(page);
      await page.close();
    });

  // Last: a graceful stop, and nothing from the sanitizers (debug builds) in the log.
  test('the server stops cleanly on SIGTERM', async () => {
    const ended = await assure.stop();
    const log = assure.log();
    assert.deepEqual(ended, { code: 0, signal: null }, `server log:\n${log}`);
    assert.doesNotMatch(log, /AddressSanitizer|LeakSanitizer|runtime error:/, log);
  });
});
