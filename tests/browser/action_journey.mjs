// Browser test of the action plan journey (issue 5), in Debian's Chromium through playwright-core,
// on the fictional Northshire partnership that `assure demo` makes (no MFA; its action plan has
// a year of updates and closed review rounds for the last two quarters, none for this one):
// the council's agency lead opens "My actions", records a progress update on one of them with an
// evidence file (a refused empty form first), sees it in the action's history and downloads the
// same bytes; the business manager finds the action in the list, opens the dashboard, opens the
// current quarter's review round, extends that action's entry with a new due date (the action's
// due date moves), adds an action answering two recommendations (a refused empty form first, then
// from a case page's "Add an action" link), and opens the Executive Board report. axe checks WCAG 2.2 A/AA on every page:
// 0 violations.
//
//   node tests/browser/action_journey.mjs ASSURE_BIN   (from the repository root; CTest `browser`)
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  Assure, assureBinary, checkPage, finish, freePort, goTo, launchPage,
} from './harness.mjs';

const PASSWORD = 'northshire-demo-2026';
const AGENCY_LEAD = 'agency_lead@northshire.example';  // Northshire County Council's lead
const COUNCIL = 'Northshire County Council';
const MANAGER = 'business_manager@northshire.example';
const NARRATIVE = 'Fictional: the new multi-agency chronology template is in use in two teams.';
const EVIDENCE = 'Fictional: a dip sample of 12 strategy meetings found chronologies shared in 11.';
const FILE_NAME = 'dip-sample.txt';
const FILE_BYTES = 'Fictional dip sample\nmeetings sampled: 12\nchronology shared: 11\n';
const NOTE = 'Fictional: the second team starts in the new quarter.';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
                'September', 'October', 'November', 'December'];
const parse = (iso) => new Date(`${iso}T00:00:00Z`);
const iso = (date) => date.toISOString().slice(0, 10);
const addDays = (day, n) => iso(new Date(parse(day).getTime() + n * 86_400_000));
const longDate = (day) => {
  const date = parse(day);
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
};
// "30 June 2026" -> "2026-06-30".
const fromLong = (text) => {
  const [day, month, year] = text.trim().split(' ');
  const m = String(MONTHS.indexOf(month) + 1).padStart(2, '0');
  return `${year}-${m}-${day.padStart(2, '0')}`;
};
const londonToday = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
// The financial-year quarter of a day, as the pages write it: "2025-26 Q4".
function quarterOf(day) {
  const [year, month] = day.split('-').map(Number);
  const start = month >= 4 ? year : year - 1;
  const number = month >= 4 ? Math.floor((month - 4) / 3) + 1 : 4;
  return `${start}-${String((start + 1) % 100).padStart(2, '0')} Q${number}`;
}

const assure = new Assure(assureBinary('action_journey.mjs'));
let base;
let browser;
let page;
let problems;
let today;
let actionHref;
let actionTitle;

const check = (expectedHeading) => checkPage(page, problems, expectedHeading);
const go = (path, expectedStatus = 200) => goTo(page, base, path, expectedStatus);

async function follow(locator, expectedStatus = 200) {
  const [response] = await Promise.all([
    page.waitForNavigation({ waitUntil: 'load' }),
    locator.click(),
  ]);
  assert.equal(response.status(), expectedStatus, `${locator} led to ${page.url()}`);
  return response;
}
const click = (role, name, expectedStatus = 200) =>
  follow(page.getByRole(role, { name, exact: true }), expectedStatus);
const menu = (name) =>
  page.locator('nav[aria-label="Menu"]').getByRole('link', { name, exact: true });

async function fillDate(key, day) {
  const [year, month, date] = day.split('-').map(Number);
  await page.locator(`#${key}-day`).fill(String(date));
  await page.locator(`#${key}-month`).fill(String(month));
  await page.locator(`#${key}-year`).fill(String(year));
}

async function signIn(email) {
  await go('/sign-in');
  await check('Sign in');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await click('button', 'Sign in');
  assert.match(page.url(), /\/home$/);
  await check();
}

async function signOut() {
  await go('/home');
  await click('button', 'Sign out');
  assert.match(page.url(), /\/sign-in\?signed-out=1$/);
}

async function navigation() {
  const items = await page.locator('nav[aria-label="Menu"] a').allInnerTexts();
  return items.map((text) => text.trim());
}

async function summary(list = page.locator('dl.govuk-summary-list').first()) {
  const rows = await list.locator('.govuk-summary-list__row').evaluateAll((elements) =>
    elements.map((row) => [row.querySelector('dt').innerText.trim(),
                           row.querySelector('dd').innerText.trim()]));
  return Object.fromEntries(rows);
}

async function table(caption) {
  const found = page.locator('table').filter({
    has: page.locator('caption', { hasText: caption }),
  });
  assert.equal(await found.count(), 1, `one table captioned "${caption}" on ${page.url()}`);
  return found;
}

async function banner() {
  return (await page.locator('.govuk-notification-banner__heading').innerText()).trim();
}

before(async () => {
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  await assure.run('migrate');
  await assure.run('demo');
  today = londonToday();
  await assure.start(port);
  ({ browser, page, problems } = await launchPage());
});

after(() => finish(browser, assure));

describe('an action plan from update to quarterly review and board report, in Chromium', () => {
  test('the agency lead records a progress update with an evidence file', async () => {
    await signIn(AGENCY_LEAD);
    const items = await navigation();
    assert.ok(items.includes('My actions'), items.join(', '));
    assert.ok(!items.includes('Actions'), items.join(', '));
    await follow(menu('My actions'));
    assert.match(page.url(), /\/my-actions$/);
    await check('My actions');
    const rows = (await table('Open actions, due first')).locator('tbody tr');
    assert.ok(await rows.count() > 0, 'the council has open actions in the demo');
    const first = rows.first();
    actionTitle = (await first.locator('td').first().locator('a').innerText()).trim();
    actionHref = await first.locator('td').first().locator('a').getAttribute('href');
    assert.match(actionHref, /^\/actions\/\d+$/);

    await follow(first.getByRole('link', { name: `Record an update on ${actionTitle}` }));
    assert.equal(new URL(page.url()).pathname, `${actionHref}/update`);
    await check('Record an update');
    // The date starts as today.
    assert.equal(await page.locator('#on-day').inputValue(), String(Number(today.slice(8))));

    // Nothing written yet: the error summary names the narrative.
    await page.getByLabel('What has happened').fill('');
    await click('button', 'Record the update', 422);
    await check('Record an update');
    const missing = await page.locator('.govuk-error-summary__list a').evaluateAll(
      (links) => links.map((a) => a.getAttribute('href')));
    assert.ok(missing.includes('#narrative') || missing.includes('#rag'), missing.join(', '));

    await fillDate('on', today);
    await page.getByLabel('What has happened').fill(NARRATIVE);
    await page.getByLabel('In progress', { exact: true }).check();
    await page.getByLabel('Amber', { exact: true }).check();
    await page.getByLabel('Evidence of impact').fill(EVIDENCE);
    await page.getByLabel('Attach evidence').setInputFiles({
      name: FILE_NAME, mimeType: 'text/plain', buffer: Buffer.from(FILE_BYTES),
    });
    await click('button', 'Record the update');
    assert.equal(new URL(page.url()).pathname, actionHref);
    await check(actionTitle);
    assert.equal(await banner(), 'Your update is recorded.');
    const details = await summary();
    assert.equal(details.Status, 'In progress');
    assert.equal(details['Last update'], longDate(today));
    const latest = page.locator('h2:text-is("Progress updates") ~ div').first();
    assert.equal((await latest.locator('h3').innerText()).trim(), `Update of ${longDate(today)}`);
    assert.ok((await latest.innerText()).includes(NARRATIVE));
    assert.ok((await latest.innerText()).includes(EVIDENCE));
    const link = latest.getByRole('link', { name: FILE_NAME, exact: true });
    const href = await link.getAttribute('href');
    assert.match(href, new RegExp(`^${actionHref}/evidence/\\d+$`));
    const download = await page.request.get(`${base}${href}`);
    assert.equal(download.status(), 200);
    assert.equal((await download.body()).toString(), FILE_BYTES);
    assert.match(download.headers()['content-disposition'], /^attachment;/);
    // No quarterly reviews for an agency lead.
    assert.equal(await page.locator('h2:text-is("Quarterly reviews")').count(), 0);
    await signOut();
  });

  test('the business manager opens the quarter\'s round and extends that action', async () => {
    await signIn(MANAGER);
    const items = await navigation();
    assert.ok(items.includes('Actions'), items.join(', '));
    assert.ok(!items.includes('My actions'), items.join(', '));
    await follow(menu('Actions'));
    await check('Actions');
    await page.getByLabel('Owner agency').selectOption({ label: COUNCIL });
    await page.getByLabel('RAG rating shown').selectOption('amber');
    await click('button', 'Apply filters');
    await check('Actions');
    assert.equal(await page.getByRole('link', { name: actionTitle, exact: true }).count(), 1,
                 'the council\'s action just rated amber is listed under amber');
    const rags = await (await table('Actions, due first')).locator('tbody tr td:nth-child(6)')
      .allInnerTexts();
    assert.ok(rags.every((text) => text.startsWith('Amber')), rags.join(' | '));

    const quarter = quarterOf(today);
    await click('link', 'Action plan dashboard');
    await check('Action plan dashboard');
    assert.equal((await page.locator('.govuk-caption-l').innerText()).trim(), quarter);
    assert.ok((await page.locator('main').innerText())
      .includes(`The review round for ${quarter} has not been opened yet.`));
    const unreviewed = await page.locator('h2', { hasText: 'Not reviewed this quarter' }).innerText();
    assert.match(unreviewed, /\(\d+\)$/);

    await click('link', 'All review rounds');
    await check('Quarterly review rounds');
    await click('button', `Open the round for ${quarter}`);
    assert.match(page.url(), /\/review-rounds\/\d+\?done=opened$/);
    const roundPath = new URL(page.url()).pathname;
    await check(`Review round ${quarter}`);
    assert.equal(await banner(),
                 'The review round is open. Every open action has an entry in it.');

    // The action the lead updated: its entry, due date as listed.
    const row = (await table('Actions in this round')).locator('tbody tr').filter({
      has: page.locator(`a[href="${actionHref}"]`),
    });
    assert.equal(await row.count(), 1);
    const due = fromLong(await row.locator('td').nth(2).innerText());
    const newDue = addDays(due > today ? due : today, 91);
    await follow(row.getByRole('link', { name: `Review ${actionTitle}`, exact: true }));
    assert.match(new URL(page.url()).pathname, new RegExp(`^${roundPath}/entries/\\d+$`));
    await check(`Review: ${actionTitle}`);

    // Extend without the new date: the error summary points at it.
    await page.getByLabel('Extend', { exact: true }).check();
    await page.getByLabel('Note', { exact: true }).fill(NOTE);
    await click('button', 'Record the review', 422);
    await check(`Review: ${actionTitle}`);
    assert.deepEqual(await page.locator('.govuk-error-summary__list a').evaluateAll(
      (links) => links.map((a) => a.getAttribute('href'))), ['#new_due_on-day']);
    await fillDate('new_due_on', newDue);
    await click('button', 'Record the review');
    assert.equal(new URL(page.url()).pathname, roundPath);
    await check(`Review round ${quarter}`);
    assert.equal(await banner(), 'The review is recorded.');
    const reviewed = (await table('Actions in this round')).locator('tbody tr').filter({
      has: page.locator(`a[href="${actionHref}"]`),
    });
    assert.equal((await reviewed.locator('td').nth(2).innerText()).trim(), longDate(newDue));
    assert.match(await reviewed.locator('td').nth(5).innerText(), /^Extend/);

    await go(actionHref);
    await check(actionTitle);
    const details = await summary();
    assert.ok(details.Due.startsWith(longDate(newDue)), details.Due);
    assert.match(details.Due, /Moved (once|twice|\d+ times) since it was agreed/);
    const reviews = await (await table('quarterly review entries')).locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')]
        .map((td) => td.innerText.trim())));
    const last = reviews[reviews.length - 1];
    assert.equal(last[0], quarter);
    assert.match(last[1], new RegExp(`^Extend\\s+New due date: ${longDate(newDue)}$`));
    assert.equal(last[3], NOTE);

    await go('/actions/dashboard');
    await check('Action plan dashboard');
    assert.ok((await page.locator('main').innerText())
      .includes(`The review round for ${quarter} opened on ${longDate(today)} and is open.`));
  });

  test('the business manager adds an action answering two recommendations', async () => {
    await go('/actions');
    await click('button', 'Add an action');
    assert.match(page.url(), /\/actions\/new$/);
    await check('Add an action');
    await click('button', 'Add the action', 422);
    await check('Add an action');
    const missing = await page.locator('.govuk-error-summary__list a').evaluateAll(
      (links) => links.map((a) => a.getAttribute('href')));
    for (const href of ['#title', '#owner_agency_id', '#lead_name', '#due_on-day',
                        '#recommendation_0']) {
      assert.ok(missing.includes(href), `${href} is not in ${missing.join(', ')}`);
    }
    // The recommendations, grouped by their case's reference.
    const groups = page.locator('#recommendation_0 optgroup');
    assert.ok(await groups.count() > 0, 'the demo has recommendations');
    const reference = await groups.first().getAttribute('label');
    const options = groups.first().locator('option');
    assert.ok(await options.count() >= 2, `two recommendations of ${reference}`);
    const [one, two] = [await options.nth(0).getAttribute('value'),
                        await options.nth(1).getAttribute('value')];
    assert.match(await options.nth(0).innerText(), new RegExp(`^${reference} — 1\\. `));

    // The case page links each recommendation to the form, with it chosen.
    await go(`/cases?q=${encodeURIComponent(reference)}`);
    await check('Cases');
    await click('link', reference);
    await check(reference);
    await click('link', 'Add an action for recommendation 1');
    assert.match(page.url(), new RegExp(`/actions/new\\?recommendation=${one}$`));
    await check('Add an action');
    assert.equal(await page.locator('#recommendation_0').inputValue(), one);

    const title = 'Fictional: a shared chronology template for every strategy meeting';
    const due = addDays(today, 120);
    await page.getByLabel('What will change').fill(title);
    await page.getByLabel('Owner agency').selectOption({ label: COUNCIL });
    await page.getByLabel('Lead', { exact: true }).selectOption({ label: 'Dan Hughes' });
    await fillDate('due_on', due);
    await page.getByLabel('High', { exact: true }).check();
    await page.locator('#recommendation_1').selectOption(two);
    await click('button', 'Add the action');
    assert.match(page.url(), /\/actions\/\d+\?done=created$/);
    await check(title);
    assert.equal(await banner(), 'The action is added to the plan.');
    const details = await summary();
    assert.equal(details['Owner agency'], COUNCIL);
    assert.equal(details.Lead, 'Dan Hughes');
    assert.equal(details.Due, longDate(due));
    const sources = await page.locator('h2:text-is("Sources") + ul > li > a').allInnerTexts();
    assert.deepEqual(sources.map((text) => text.trim()),
                     [`${reference}, recommendation 1`, `${reference}, recommendation 2`]);
  });

  test('the business manager opens the Executive Board report', async () => {
    await follow(menu('Board report'));
    assert.match(page.url(), /\/reports\/board$/);
    await check();
    assert.match((await page.locator('h1').innerText()).trim(), /^Executive Board report/);
  });

  // Last: a graceful stop, and nothing from the sanitizers (debug builds) in the log.
  test('the server stops cleanly on SIGTERM', async () => {
    const ended = await assure.stop();
    const log = assure.log();
    assert.deepEqual(ended, { code: 0, signal: null }, `server log:\n${log}`);
    assert.doesNotMatch(log, /AddressSanitizer|LeakSanitizer|runtime error:/, log);
  });
});
