// Browser test of the first administrator's journey, in Debian's Chromium through playwright-core:
// `assure partnership add` and `assure user add` seed a fresh SQLite database (a partnership that
// requires MFA, and its administrator with a one-time set-password link); then the administrator
// sets their password through the link, signs in, sets up MFA (this test reads the set-up key on
// the page and computes the TOTP code itself, RFC 6238 HMAC-SHA1), sees the recovery codes, signs
// out, signs in again with a fresh code, and uses the agencies, users, calendar, deadline rules,
// audit and "your sessions" pages. axe checks WCAG 2.2 A/AA on every page on the way: 0 violations.
//
//   node tests/browser/admin_journey.mjs ASSURE_BIN   (from the repository root; CTest `browser`)
//
// Waits up to 30 s for a new TOTP time step before the second sign-in (a code is accepted once).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import {
  Assure, assureBinary, checkPage, finish, freePort, goTo, launchPage, settled,
} from './harness.mjs';

const EMAIL = 'ada.admin@example.org';
const PASSWORD = 'a long passphrase for the browser test';

// --- TOTP (RFC 6238: HMAC-SHA1, 30-second steps, 6 digits) ----------------------------------

function base32Decode(text) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  const clean = text.toUpperCase().replace(/[\s=-]/g, '');
  let bits = 0;
  let value = 0;
  const bytes = [];
  for (const c of clean) {
    const index = alphabet.indexOf(c);
    assert.ok(index >= 0, `not base32: ${c}`);
    value = (value << 5) | index;
    bits += 5;
    if (bits >= 8) {
      bytes.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Buffer.from(bytes);
}

const step = (ms = Date.now()) => Math.floor(ms / 1000 / 30);

function totp(secret, ms = Date.now()) {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(step(ms)));
  const hmac = createHmac('sha1', secret).update(counter).digest();
  const offset = hmac[hmac.length - 1] & 0x0f;
  const code = (hmac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000;
  return String(code).padStart(6, '0');
}

// Waits for the next 30-second step, so the next code has not been used yet.
async function nextStep(after) {
  const wait = (after + 1) * 30_000 - Date.now() + 250;
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
}

// --- the run ----------------------------------------------------------------------------------

const assure = new Assure(assureBinary('admin_journey.mjs'));
let base;
let link;
let browser;
let page;
let problems;
let secret;
let enrolledStep;

// The page as it is now (harness.checkPage), and opening a path of this server.
const check = (expectedHeading) => checkPage(page, problems, expectedHeading);
const go = (path, expectedStatus = 200) => goTo(page, base, path, expectedStatus);

// Clicks a submit button and waits for the page that answers.
async function submit(name) {
  const [response] = await Promise.all([
    page.waitForNavigation({ waitUntil: 'load' }),
    page.getByRole('button', { name, exact: true }).click(),
  ]);
  return response;
}

async function signInWithPassword() {
  await page.getByLabel('Email address').fill(EMAIL);
  await page.getByLabel('Password').fill(PASSWORD);
  await submit('Sign in');
}

before(async () => {
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  await assure.run('migrate');
  await assure.run('partnership', 'add', '--slug', 'northshire', '--name',
                   'Northshire Safeguarding Partnership');
  const added = await assure.run('user', 'add', '--partnership', 'northshire', '--email', EMAIL,
                                 '--name', 'Ada Admin', '--role', 'administrator', '--base-url',
                                 base);
  link = added.match(/http:\/\/\S+\/set-password\/\S+/)?.[0];
  assert.ok(link, `assure user add printed no set-password link:\n${added}`);
  await assure.start(port);
  ({ browser, page, problems } = await launchPage());
});

after(() => finish(browser, assure));

describe('the first administrator, in Chromium', () => {
  test('sets their password through the one-time link', async () => {
    const response = await page.goto(link, { waitUntil: 'load' });
    assert.equal(response.status(), 200);
    await settled(page, problems);
    await page.locator('#password').fill(PASSWORD);
    await page.locator('#confirm').fill(PASSWORD);
    await submit('Set password');
    assert.match(page.url(), /\/sign-in/);
  });

  test('signs in with the password; the sign-in page passes axe', async () => {
    await check('Sign in');
    await signInWithPassword();
    assert.match(page.url(), /\/mfa\/enrol$/);
  });

  test('sets up MFA from the set-up key on the page, and sees the recovery codes', async () => {
    await check('Set up your authenticator app');
    secret = base32Decode(await page.locator('#secret').innerText());
    assert.equal(secret.length, 20);
    enrolledStep = step();
    await page.getByLabel('Code from your authenticator app').fill(totp(secret));
    await submit('Continue');
    await check('Your recovery codes');
    const codes = await page.locator('#recovery-codes li').count();
    assert.ok(codes >= 8, `${codes} recovery codes`);
    await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Continue' }).click()]);
    assert.match(page.url(), /\/home$/);
    await check();
    const navigation = await page.locator('nav[aria-label="Menu"] a').allInnerTexts();
    assert.deepEqual(navigation.map((text) => text.trim()),
                     ['Home', 'Reviewers', 'Review activity', 'Board report', 'Calendar',
                      'Agencies', 'Users', 'Audit', 'Your sessions']);
  });

  test('signs out, and signs in again with a fresh code; the MFA page passes axe', async () => {
    await submit('Sign out');
    assert.match(page.url(), /\/sign-in\?signed-out=1$/);
    await signInWithPassword();
    assert.match(page.url(), /\/mfa$/);
    await check('Enter your code');
    await nextStep(enrolledStep);
    await page.getByLabel('Code from your authenticator app').fill(totp(secret));
    await submit('Continue');
    assert.match(page.url(), /\/home$/);
    await check();
  });

  test('adds an agency; the agencies pages pass axe, with and without errors', async () => {
    await go('/agencies');
    await check('Agencies');
    await page.getByRole('button', { name: 'Add an agency' }).click();
    await page.waitForURL(/\/agencies\/new$/);
    await check('Add an agency');
    let response = await submit('Add agency');
    assert.equal(response.status(), 422);
    await check('Add an agency');
    const summary = await page.locator('.govuk-error-summary__list a').evaluateAll(
      (links) => links.map((a) => a.getAttribute('href')));
    assert.deepEqual(summary, ['#name', '#type']);
    await page.getByLabel('Name').fill('Northshire Police');
    await page.getByLabel('Police', { exact: true }).check();
    await page.getByLabel(/statutory partner/).check();
    response = await submit('Add agency');
    assert.equal(response.status(), 200);
    assert.match(page.url(), /\/agencies\/\d+$/);
    await check('Northshire Police');
    await page.getByRole('button', { name: 'Change this agency' }).click();
    await page.waitForURL(/\/edit$/);
    await check('Change agency');
    await go('/agencies');
    await check('Agencies');
  });

  test('invites someone and sees the link once; the users pages pass axe', async () => {
    await go('/users');
    await check('Users');
    await page.getByRole('button', { name: 'Invite someone' }).click();
    await page.waitForURL(/\/users\/invite$/);
    await check('Invite someone');
    await page.getByLabel('Full name').fill('Ben Board');
    await page.getByLabel('Email address').fill('ben@example.org');
    await page.getByLabel('Board member', { exact: true }).check();
    const response = await submit('Invite');
    assert.equal(response.status(), 200);
    await check('Invitation ready');
    assert.match(await page.locator('#set-password-link').innerText(),
                 new RegExp(`^${base}/set-password/[A-Za-z0-9_-]{43}$`));
    await page.getByRole('link', { name: 'See their account' }).click();
    await page.waitForURL(/\/users\/\d+$/);
    await check('Ben Board');
    await go('/users');
    await check('Users');
  });

  test('reads the audit trail, with filters; the audit page passes axe', async () => {
    await go('/audit');
    await check('Audit trail');
    const actions = await page.locator('#audit-events tbody tr td:nth-child(3)').allInnerTexts();
    for (const action of ['mfa.enrol', 'mfa.verify', 'agency.create', 'user.invite']) {
      assert.ok(actions.includes(action), `${action} is not in ${actions.join(', ')}`);
    }
    await page.getByLabel('Type of record').fill('agency');
    await submit('Show events');
    await check('Audit trail');
    const records = await page.locator('#audit-events tbody tr td:nth-child(4)').allInnerTexts();
    assert.ok(records.length > 0 && records.every((record) => record.startsWith('agency')),
              records.join(', '));
    await page.getByLabel('Day').first().fill('31');
    await page.getByLabel('Month').first().fill('2');
    await page.getByLabel('Year').first().fill('2026');
    const response = await submit('Show events');
    assert.equal(response.status(), 422);
    await check('Audit trail');
  });

  test('changes the working calendar and a deadline rule; those pages pass axe', async () => {
    await go('/calendar');
    await check();
    assert.match((await page.locator('h1').innerText()).trim(), /^Working calendar \d{4}$/);
    await go('/calendar?year=2030');
    await check('Working calendar 2030');
    await page.getByRole('button', { name: 'Add a change to the calendar' }).click();
    await page.waitForURL(/\/calendar\/adjustments\/new$/);
    await check('Change the working calendar');
    let response = await submit('Save the change');
    assert.equal(response.status(), 422);
    await check('Change the working calendar');
    const summary = await page.locator('.govuk-error-summary__list a').evaluateAll(
      (links) => links.map((a) => a.getAttribute('href')));
    assert.deepEqual(summary, ['#date-day', '#non_working', '#reason']);
    await page.getByLabel('Day', { exact: true }).fill('2');
    await page.getByLabel('Month', { exact: true }).fill('1');
    await page.getByLabel('Year', { exact: true }).fill('2030');
    await page.getByLabel('An extra day off').check();
    await page.getByLabel('Reason', { exact: true }).fill('Office move');
    response = await submit('Save the change');
    assert.equal(response.status(), 200);
    assert.match(page.url(), /\/calendar\?year=2030&done=added$/);
    await check('Working calendar 2030');
    assert.equal(await page.getByRole('cell', { name: 'Office move' }).count(), 2);
    response = await submit('Remove the change on Wednesday 2 January 2030');
    assert.equal(response.status(), 200);
    await check('Working calendar 2030');
    assert.equal(await page.getByRole('cell', { name: 'Office move' }).count(), 0);

    // Only the adult rapid review (a local rule) has a form; a new version takes effect on
    // 2 February next year.
    await go('/deadline-rules');
    await check('Deadline rules');
    const nextYear = String(new Date().getFullYear() + 1);
    const save = 'Save the new version of the rule: Adult rapid review';
    assert.equal(await page.locator('form[action^="/deadline-rules/"]').count(), 1);
    await page.getByLabel('New amount', { exact: true }).fill('twenty');
    await page.getByLabel('Day', { exact: true }).fill('2');
    await page.getByLabel('Month', { exact: true }).fill('2');
    await page.getByLabel('Year', { exact: true }).fill(nextYear);
    response = await submit(save);
    assert.equal(response.status(), 422);
    await check('Deadline rules');
    await page.getByLabel('New amount', { exact: true }).fill('20');
    response = await submit(save);
    assert.equal(response.status(), 200);
    await check('Deadline rules');
    assert.match(await page.locator('.govuk-notification-banner').innerText(),
                 new RegExp(`Adult rapid review: version 2, 20 working days, in force from 2 February ${nextYear}`));
  });

  test('sees their own sessions; the page passes axe', async () => {
    await go('/account/sessions');
    await check('Your sessions');
    assert.equal(await page.getByText('This session').count(), 1);
  });

  // Last: a graceful stop, and nothing from the sanitizers (debug builds) in the log.
  test('the server stops cleanly on SIGTERM', async () => {
    const ended = await assure.stop();
    const log = assure.log();
    assert.deepEqual(ended, { code: 0, signal: null }, `server log:\n${log}`);
    assert.doesNotMatch(log, /AddressSanitizer|LeakSanitizer|runtime error:/, log);
  });
});
