// What the browser tests share: running the real `assure` binary (CLI commands, and `serve` on a
// fresh SQLite database in a temporary folder), Debian's Chromium through playwright-core, and the
// page checks (axe for WCAG 2.2 AA; styles loaded; no inline script or style; nothing failing
// unseen on the page).
//
// A server is stopped with SIGTERM (SIGKILL after 5 s) on every way out: pass, failure, an
// exception, or the test process being interrupted. ASSURE_BROWSER_KEEP=1 keeps the temporary
// folder (database and server log) for a post-mortem.
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium } from 'playwright-core';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];
export const CHROMIUM = '/usr/bin/chromium';

// The assure binary named on the command line; exits with a usage message when it or web/dist is
// missing.
export function assureBinary(script) {
  const assureBin = process.argv[2] ?? process.env.ASSURE_BIN;
  if (!assureBin || !existsSync(assureBin)) {
    console.error(`usage: node tests/browser/${script} PATH_TO_ASSURE_BINARY (run from the repo root)`);
    process.exit(2);
  }
  if (!existsSync('web/dist/.built')) {
    console.error('web/dist is missing: run scripts/setup (or npm run build:web) first');
    process.exit(2);
  }
  return assureBin;
}

export function freePort() {
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

// One `assure` installation: a temporary folder with its SQLite database and server log.
export class Assure {
  constructor(assureBin) {
    this.bin = assureBin;
    this.tempDir = mkdtempSync(path.join(os.tmpdir(), 'assure-browser-'));
    this.logPath = path.join(this.tempDir, 'server.log');
    this.db = `sqlite:${path.join(this.tempDir, 'assure.db')}`;
    this.server = null;  // the ChildProcess while it runs
    // Last-resort paths: the runner itself is interrupted or dies before the test's after().
    process.on('exit', () => this.#kill('SIGKILL'));
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
      process.on(signal, () => {
        this.#kill('SIGTERM');
        this.cleanUp();
        process.exit(128 + os.constants.signals[signal]);
      });
    }
  }

  // Runs `assure --db DB ARGS...`; returns its standard output (throws, with stderr, on failure).
  async run(...args) {
    try {
      const { stdout } = await promisify(execFile)(this.bin, ['--db', this.db, ...args],
                                                   { timeout: 60_000 });
      return stdout;
    } catch (error) {
      throw new Error(`assure ${args.join(' ')} failed (${error.code}):\n${error.stderr}`);
    }
  }

  // Starts `assure serve` on `port` (a free one if not given); returns its base URL once /healthz
  // answers.
  async start(port) {
    port ??= await freePort();
    const base = `http://127.0.0.1:${port}`;
    const log = openSync(this.logPath, 'a');
    this.server = spawn(this.bin, [
      'serve', '--db', this.db, '--listen', `127.0.0.1:${port}`, '--assets', 'web/dist',
    ], { stdio: ['ignore', log, log] });
    const server = this.server;
    const spawnError = new Promise((_, reject) => server.once('error', reject));

    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
      if (server.exitCode !== null || server.signalCode !== null) {
        throw new Error(`assure serve exited early (${server.exitCode ?? server.signalCode}):\n` +
                        this.log());
      }
      try {
        const response = await Promise.race([fetch(`${base}/healthz`), spawnError]);
        if (response.ok) return base;
      } catch (error) {
        if (error.code === 'ENOENT' || error.code === 'EACCES') throw error;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`assure serve did not answer /healthz within 30 s:\n${this.log()}`);
  }

  // Stops the server with SIGTERM (SIGKILL after 5 s); returns how it ended.
  async stop() {
    if (!this.server) return null;
    const child = this.server;
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    }
    this.server = null;
    return { code: child.exitCode, signal: child.signalCode };
  }

  log() {
    return existsSync(this.logPath) ? readFileSync(this.logPath, 'utf8') : '';
  }

  cleanUp() {
    if (process.env.ASSURE_BROWSER_KEEP === '1') {
      console.error(`browser: kept ${this.tempDir}`);
    } else {
      rmSync(this.tempDir, { recursive: true, force: true });
    }
  }

  #kill(signal) {
    const server = this.server;
    if (server && server.exitCode === null && server.signalCode === null) {
      try { server.kill(signal); } catch { /* already gone */ }
    }
  }
}

// Records what would otherwise go unnoticed on `page`: console errors (a CSP violation reports
// there), uncaught exceptions, failed requests, and error statuses of anything but the page's own
// documents (whose status the test checks itself). Returns the live list.
export function watch(page) {
  const problems = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    // Chromium logs the page's own error status (a 404 page) too; the test checks that itself.
    const ownStatus = message.text().startsWith('Failed to load resource') &&
                      message.location().url === page.url();
    if (!ownStatus) problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => {
    // A sub-resource still loading when the test moves to the next page (the favicon, say) is
    // aborted by the browser itself: net::ERR_ABORTED says nothing about the server.
    const reason = request.failure()?.errorText ?? '';
    if (reason === 'net::ERR_ABORTED' && !request.isNavigationRequest()) return;
    problems.push(`request failed: ${request.url()} (${reason})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && !response.request().isNavigationRequest()) {
      problems.push(`HTTP ${response.status()}: ${response.url()}`);
    }
  });
  return problems;
}

// Waits until app.js (a module) has run on the page: <body> then says so.
export async function settled(page, problems = []) {
  try {
    await page.waitForFunction(() => document.body.classList.contains('govuk-frontend-supported'),
                               null, { timeout: 5000 });
  } catch {
    assert.fail(`app.js did not run on ${page.url()}: ${problems.join('; ') || 'no error reported'}`);
  }
}

// Opens `url` in a new page of `context`, watched, once app.js has run.
export async function open(context, url) {
  const page = await context.newPage();
  const problems = watch(page);
  const response = await page.goto(url, { waitUntil: 'load' });
  await settled(page, problems);
  return { page, response, problems };
}

export async function assertAccessible(page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const summary = results.violations.map((v) =>
    `${v.id} (${v.impact}): ${v.help}\n` + v.nodes.map((n) => `    ${n.target.join(' ')}`).join('\n'));
  assert.equal(results.violations.length, 0,
               `axe violations on ${page.url()}:\n${summary.join('\n')}`);
  assert.ok(results.passes.length > 0, 'axe ran no checks');
}

export async function assertStyledAndClean(page, problems) {
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
  }, `on ${page.url()}`);
  assert.deepEqual(problems, [], `on ${page.url()}`);
}

// The page as it is now: settled, its heading (when given), styled and clean, and axe.
export async function checkPage(page, problems, expectedHeading) {
  await settled(page, problems);
  if (expectedHeading) {
    assert.equal((await page.locator('h1').innerText()).trim(), expectedHeading);
  }
  await assertStyledAndClean(page, problems);
  await assertAccessible(page);
}

// Opens `base + path` and checks the status it answers with.
export async function goTo(page, base, path, expectedStatus = 200) {
  const response = await page.goto(`${base}${path}`, { waitUntil: 'load' });
  assert.equal(response.status(), expectedStatus, `GET ${path}`);
  return response;
}

// Debian's Chromium with a fresh profile (no cookies, no cache) and one watched page.
export async function launchPage() {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const context = await browser.newContext();
  const page = await context.newPage();
  return { browser, page, problems: watch(page) };
}

// The end of a run, whatever happened: the browser closed, the server stopped, its folder gone.
export async function finish(browser, assure) {
  await browser?.close().catch(() => {});
  await assure.stop();
  assure.cleanUp();
}

// One person's browser context and its watched page on the server at `base`, signing in with
// `password`: the journeys' way to act and check each page.
export class Actor {
  constructor(page, problems, base, password) {
    this.page = page;
    this.problems = problems;
    this.base = base;
    this.password = password;
  }

  // A new context (its own cookies) of `browser`.
  static async open(browser, base, password) {
    const page = await (await browser.newContext()).newPage();
    return new Actor(page, watch(page), base, password);
  }

  check(expectedHeading) { return checkPage(this.page, this.problems, expectedHeading); }
  go(path, expectedStatus = 200) { return goTo(this.page, this.base, path, expectedStatus); }
  path() { return new URL(this.page.url()).pathname; }

  async follow(locator, expectedStatus = 200) {
    const [response] = await Promise.all([
      this.page.waitForNavigation({ waitUntil: 'load' }),
      locator.click(),
    ]);
    assert.equal(response.status(), expectedStatus, `${locator} led to ${this.page.url()}`);
    return response;
  }

  click(role, name, expectedStatus = 200) {
    return this.follow(this.page.getByRole(role, { name, exact: true }), expectedStatus);
  }

  async signIn(email) {
    await this.go('/sign-in');
    await this.check('Sign in');
    await this.page.getByLabel('Email address').fill(email);
    await this.page.getByLabel('Password').fill(this.password);
    await this.click('button', 'Sign in');
    assert.match(this.page.url(), /\/home$/);
    await this.check();
  }

  async banner() {
    return (await this.page.locator('.govuk-notification-banner__heading').innerText()).trim();
  }

  // The first summary list as {key: value}.
  async summary() {
    const rows = await this.page.locator('dl.govuk-summary-list').first()
      .locator('.govuk-summary-list__row').evaluateAll((elements) =>
        elements.map((row) => [row.querySelector('dt').innerText.trim(),
                               row.querySelector('dd').innerText.trim()]));
    return Object.fromEntries(rows);
  }

  async main() { return this.page.locator('main').innerText(); }
}
