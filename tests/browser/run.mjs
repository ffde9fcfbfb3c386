// Browser tests: the real `assure serve` on a fresh SQLite database, driven by Debian's Chromium
// through playwright-core, with axe checking WCAG 2.2 AA on every page.
//
//   node tests/browser/run.mjs ASSURE_BIN        (from the repository root; CTest label `browser`)
//
// Needs web/dist (scripts/setup builds it). Starts the server on a free loopback port, waits for
// /healthz, and stops it with SIGTERM (SIGKILL after 5 s) on every way out: pass, failure, an
// exception, or this process being interrupted. Set ASSURE_BROWSER_KEEP=1 to keep the temporary
// folder (database and server log) for a post-mortem.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

const assureBin = process.argv[2] ?? process.env.ASSURE_BIN;
if (!assureBin || !existsSync(assureBin)) {
  console.error('usage: node tests/browser/run.mjs PATH_TO_ASSURE_BINARY (run from the repo root)');
  process.exit(2);
}
if (!existsSync('web/dist/.built')) {
  console.error('web/dist is missing: run scripts/setup (or npm run build:web) first');
  process.exit(2);
}

// --- the server -------------------------------------------------------------------------------

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const tempDir = mkdtempSync(path.join(os.tmpdir(), 'assure-browser-'));
const logPath = path.join(tempDir, 'server.log');
let server = null;  // the ChildProcess while it runs

function killServer(signal) {
  if (server && server.exitCode === null && server.signalCode === null) {
    try { server.kill(signal); } catch { /* already gone */ }
  }
}

// Stops the server with SIGTERM (SIGKILL after 5 s); returns how it ended.
async function stopServer() {
  if (!server) return null;
  const child = server;
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
  }
  server = null;
  return { code: child.exitCode, signal: child.signalCode };
}

function cleanUp() {
  if (process.env.ASSURE_BROWSER_KEEP === '1') {
    console.error(`browser: kept ${tempDir}`);
  } else {
    rmSync(tempDir, { recursive: true, force: true });
  }
}

// Last-resort paths: the runner itself is interrupted or dies before after() runs.
process.on('exit', () => killServer('SIGKILL'));
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    killServer('SIGTERM');
    cleanUp();
    process.exit(128 + os.constants.signals[signal]);
  });
}

async function startServer() {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const log = openSync(logPath, 'a');
  server = spawn(assureBin, [
    'serve', '--db', `sqlite:${path.join(tempDir, 'assure.db')}`,
    '--listen', `127.0.0.1:${port}`, '--assets', 'web/dist',
  ], { stdio: ['ignore', log, log] });
  const spawnError = new Promise((_, reject) => server.once('error', reject));

  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null || server.signalCode !== null) {
      throw new Error(`assure serve exited early (${server.exitCode ?? server.signalCode}):\n` +
                      readFileSync(logPath, 'utf8'));
    }
    try {
      const response = await Promise.race([fetch(`${base}/healthz`), spawnError]);
      if (response.ok) return base;
    } catch (error) {
      if (error.code === 'ENOENT' || error.code === 'EACCES') throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`assure serve did not answer /healthz within 30 s:\n${readFileSync(logPath, 'utf8')}`);
}

// --- the browser ------------------------------------------------------------------------------

let base;
let browser;
let context;

// Opens `url` in a new page of the test's context, and records what would otherwise go unnoticed:
// console errors (a CSP violation reports there), uncaught exceptions, failed requests.
async function open(url) {
  const page = await context.newPage();
  const problems = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    // Chromium logs the page's own error status (a 404 page) too; the test checks that itself.
    const ownStatus = message.text().startsWith('Failed to load resource') &&
                      message.location().url === url;
    if (!ownStatus) problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
  page.on('response', (response) => {
    if (response.status() >= 400 && response.url() !== url) {
      problems.push(`HTTP ${response.status()}: ${response.url()}`);
    }
  });
  const response = await page.goto(url, { waitUntil: 'load' });
  // app.js is a module: once it has run, <body> says so.
  try {
    await page.waitForFunction(() => document.body.classList.contains('govuk-frontend-supported'),
                               null, { timeout: 5000 });
  } catch {
    assert.fail(`app.js did not run on ${url}: ${problems.join('; ') || 'no error reported'}`);
  }
  return { page, response, problems };
}

async function assertAccessible(page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const summary = results.violations.map((v) =>
    `${v.id} (${v.impact}): ${v.help}\n` + v.nodes.map((n) => `    ${n.target.join(' ')}`).join('\n'));
  assert.equal(results.violations.length, 0, `axe violations:\n${summary.join('\n')}`);
  assert.ok(results.passes.length > 0, 'axe ran no checks');
}

async function assertStyledAndClean(page, problems) {
  // GOV.UK Frontend styles classes, not elements: the h1 (govuk-heading-*) shows app.css loaded.
  const font = await page.evaluate(() => getComputedStyle(document.querySelector('h1')).fontFamily);
  assert.match(font, /arial/i, `h1 font-family is ${font}: app.css did not load`);
  const counts = await page.evaluate(() => ({
    inlineScripts: document.querySelectorAll('script:not([src])').length,
    styleElements: document.querySelectorAll('style').length,
    styleAttributes: document.querySelectorAll('[style]').length,
    h1: document.querySelectorAll('h1').length,
    main: document.querySelectorAll('main#main-content').length,
    lang: document.documentElement.lang,
  }));
  assert.deepEqual(counts, {
    inlineScripts: 0, styleElements: 0, styleAttributes: 0, h1: 1, main: 1, lang: 'en-GB',
  });
  assert.deepEqual(problems, []);
}

before(async () => {
  base = await startServer();
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  context = await browser.newContext();  // a fresh profile: no cookies, no cache
});

after(async () => {
  await context?.close().catch(() => {});
  await browser?.close().catch(() => {});
  await stopServer();
  cleanUp();
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

  // Last: a graceful stop, and nothing from the sanitizers (debug builds) in the log.
  test('the server stops cleanly on SIGTERM', async () => {
    const ended = await stopServer();
    const log = readFileSync(logPath, 'utf8');
    assert.deepEqual(ended, { code: 0, signal: null }, `server log:\n${log}`);
    assert.doesNotMatch(log, /AddressSanitizer|LeakSanitizer|runtime error:/, log);
  });
});
