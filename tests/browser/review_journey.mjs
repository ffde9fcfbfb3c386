// Browser test of a safeguarding review's journey (issue 4), in Debian's Chromium through
// playwright-core, on the fictional Northshire partnership that `assure demo` makes (no MFA):
// the business officer logs a referral for a new child case (form, check answers, confirm),
// records the serious incident notification, asks two agencies for information; the council's
// agency lead sees only their agency's request, answers it with a small text file and signs out;
// the officer sees the answer, records a rapid review that decides on a CSPR, and the case shows
// state "Full review", its statutory clocks (due dates and status tags computed here from the
// same working calendar) and its timeline. axe checks WCAG 2.2 A/AA on every page: 0 violations.
//
//   node tests/browser/review_journey.mjs ASSURE_BIN   (from the repository root; CTest `browser`)
//
// Dates are relative to today's London date (the partnership became aware 3 working days ago),
// so every clock's status is meaningful on any day the test runs.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  Assure, assureBinary, checkPage, finish, freePort, goTo, launchPage,
} from './harness.mjs';

const PASSWORD = 'northshire-demo-2026';
const OFFICER = 'business_officer@northshire.example';
const AGENCY_LEAD = 'agency_lead@northshire.example';
const COUNCIL = 'Northshire County Council';  // the agency lead's agency
const POLICE = 'Northshire Constabulary';
const REFERENCE = 'BR-2026-001';  // the demo's own cases use other references
const ASKED_COUNCIL = 'A chronology of children’s social care contact with Child Q since 2024.';
const ASKED_POLICE = 'Police call-outs to the household of Child Q in the last two years.';
const RESPONSE = 'Children’s social care knew the family from an early help assessment.\n' +
                 'Two referrals were closed without a visit.';
const FILE_NAME = 'chronology.txt';

// --- dates: today's London date and the partnership's working calendar ------------------------

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
                'September', 'October', 'November', 'December'];

// A date as 'YYYY-MM-DD' (UTC midnight arithmetic, no time zone in play).
const parse = (iso) => new Date(`${iso}T00:00:00Z`);
const iso = (date) => date.toISOString().slice(0, 10);
const addDays = (day, n) => iso(new Date(parse(day).getTime() + n * 86_400_000));
const longDate = (day) => {
  const date = parse(day);
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
};
// domain::AddMonths: the same day n months on, or that month's last day.
function addMonths(day, n) {
  const date = parse(day);
  const month = date.getUTCMonth() + n;
  const last = new Date(Date.UTC(date.getUTCFullYear(), month + 1, 0)).getUTCDate();
  return iso(new Date(Date.UTC(date.getUTCFullYear(), month, Math.min(date.getUTCDate(), last))));
}
const londonToday = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());

// Weekends and the bank holidays `assure calendar holidays` prints for the partnership; the
// same counting as domain::WorkingCalendar.
class Calendar {
  constructor(holidays) { this.holidays = new Set(holidays); }
  isWorking(day) {
    const weekday = parse(day).getUTCDay();
    return weekday !== 0 && weekday !== 6 && !this.holidays.has(day);
  }
  add(day, n) {
    const step = n < 0 ? -1 : 1;
    for (let left = Math.abs(n); left > 0;) {
      day = addDays(day, step);
      if (this.isWorking(day)) --left;
    }
    return day;
  }
  between(from, to) {  // working days after `from`, up to and including `to`
    let count = 0;
    for (let day = addDays(from, 1); day <= to; day = addDays(day, 1)) {
      if (this.isWorking(day)) ++count;
    }
    return count;
  }
}

const daysText = (n) => `${n} working ${n === 1 ? 'day' : 'days'}`;
const leftText = (n) => (n === 0 ? 'Due today' : `${daysText(n)} left`);
const earlyText = (n) => (n === 0 ? 'Met on the day' : `Met ${daysText(n)} early`);

// --- the run ----------------------------------------------------------------------------------

const assure = new Assure(assureBinary('review_journey.mjs'));
let base;
let browser;
let page;
let problems;
let calendar;
let today;
let dates;
let caseHref;
let councilRequestHref;

// The page as it is now (harness.checkPage), and opening a path of this server.
const check = (expectedHeading) => checkPage(page, problems, expectedHeading);
const go = (path, expectedStatus = 200) => goTo(page, base, path, expectedStatus);

// Clicks the element and waits for the page that answers.
async function follow(locator, expectedStatus = 200) {
  const [response] = await Promise.all([
    page.waitForNavigation({ waitUntil: 'load' }),
    locator.click(),
  ]);
  assert.equal(response.status(), expectedStatus, `${locator} led to ${page.url()}`);
  return response;
}

// Clicks a button (or a link) by its accessible name and waits for the page that answers.
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

// Sign out is on the home page.
async function signOut() {
  await go('/home');
  await check();
  await click('button', 'Sign out');
  assert.match(page.url(), /\/sign-in\?signed-out=1$/);
}

async function navigation() {
  const items = await page.locator('nav[aria-label="Menu"] a').allInnerTexts();
  return items.map((text) => text.trim());
}

// The rows of a summary list as {key: [lines]} (the first list on the page unless given).
async function summary(list = page.locator('dl.govuk-summary-list').first()) {
  const rows = await list.locator('.govuk-summary-list__row').evaluateAll((elements) =>
    elements.map((row) => [row.querySelector('dt').innerText.trim(),
                           row.querySelector('dd').innerText.trim()]));
  return Object.fromEntries(rows);
}

// The one table whose caption contains `caption`.
async function table(caption) {
  const found = page.locator('table').filter({
    has: page.locator('caption', { hasText: caption }),
  });
  assert.equal(await found.count(), 1, `one table captioned "${caption}" on ${page.url()}`);
  return found;
}

// The rows of that table, as arrays of cell texts.
async function tableRows(caption) {
  return (await table(caption)).locator('tbody tr').evaluateAll((rows) =>
    rows.map((row) => [...row.querySelectorAll('td')].map((cell) => cell.innerText.trim())));
}

// The case page's clocks by label: {due, status, tag (its colour class), days, rule}.
async function clocks() {
  const rows = (await table('Statutory clocks of this case')).locator('tbody tr');
  return rows.evaluateAll((elements) => elements.map((row) => {
    const cells = [...row.querySelectorAll('td')];
    const tag = cells[2].querySelector('strong.govuk-tag');
    return {
      label: cells[0].innerText.trim(),
      due: cells[1].innerText.trim(),
      status: tag?.innerText.trim(),
      tag: [...(tag?.classList ?? [])].find((name) => name.startsWith('govuk-tag--')),
      days: cells[3].innerText.trim(),
      rule: cells[4].innerText.trim(),
    };
  }));
}

function clock(all, label) {
  const found = all.filter((row) => row.label === label);
  assert.equal(found.length, 1, `one "${label}" clock in ${JSON.stringify(all, null, 1)}`);
  return found[0];
}

// The case page's record of the request to `agency` (the summary list under its heading).
async function requestRecord(agency) {
  const heading = page.locator('h3', { hasText: agency });
  assert.equal(await heading.count(), 1, `one request to ${agency} on the case page`);
  return summary(heading.locator('xpath=following-sibling::dl[1]'));
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
  const year = Number(today.slice(0, 4));
  const holidays = [];
  for (const y of [year - 1, year, year + 1]) {
    const printed = await assure.run('calendar', 'holidays', '--year', String(y),
                                     '--partnership', 'northshire');
    holidays.push(...printed.split('\n').filter(Boolean));
  }
  calendar = new Calendar(holidays);
  const aware = calendar.add(today, -3);
  dates = {
    incident: addDays(aware, -1),
    aware,
    notificationDue: calendar.add(aware, 5),
    rapidReviewDue: calendar.add(today, 15),
    councilDue: calendar.add(today, 10),
    policeDue: calendar.add(today, 12),
    publicationDue: addMonths(today, 6),
  };
  // The server's own calendar agrees with this one.
  const serverDue = await assure.run('calendar', 'add-working-days', '--from', aware, '--days', '5',
                                     '--partnership', 'northshire');
  assert.equal(serverDue.trim(), dates.notificationDue);

  await assure.start(port);
  ({ browser, page, problems } = await launchPage());
});

after(() => finish(browser, assure));

describe('a review from referral to CSPR, in Chromium', () => {
  test('the officer logs a referral: form, check answers, confirm', async () => {
    await signIn(OFFICER);
    assert.ok((await navigation()).includes('Cases'), (await navigation()).join(', '));
    await go('/cases');
    await check('Cases');
    await click('button', 'Log a referral');
    assert.match(page.url(), /\/cases\/new$/);
    await check('Log a referral');

    // Nothing filled in: the error summary names the required fields, on a page axe passes.
    await click('button', 'Continue', 422);
    await check('Log a referral');
    const missing = await page.locator('.govuk-error-summary__list a').evaluateAll(
      (links) => links.map((a) => a.getAttribute('href')));
    for (const href of ['#type', '#aware_on-day', '#referral_received_on-day']) {
      assert.ok(missing.includes(href), `${href} is not in ${missing.join(', ')}`);
    }

    await page.getByLabel('Case reference').fill(REFERENCE);
    await page.getByLabel('A child', { exact: true }).check();
    await page.locator('#subjects_0_pseudonym').fill('Child Q');
    await page.locator('#subjects_0_age_band').selectOption('5-9');
    await page.locator('#subjects_0_sex').selectOption('female');
    await fillDate('incident_on', dates.incident);
    await fillDate('aware_on', dates.aware);
    await fillDate('referral_received_on', dates.aware);
    await page.getByLabel('Who referred the case').fill('Designated nurse');
    await page.getByLabel('Referring agency').selectOption({ label: COUNCIL });
    await page.getByLabel('Review criteria considered')
      .fill('Serious harm; abuse or neglect known or suspected.');
    await page.getByLabel('Summary', { exact: true })
      .fill('Neglect over a long period; missed health appointments.');
    await page.getByLabel('Neglect', { exact: true }).check();
    await click('button', 'Continue');
    await check('Check the referral before you open the case');
    const answers = await summary();
    assert.equal(answers['Case reference'], REFERENCE);
    assert.equal(answers['Who the case is about'], 'Child');
    assert.match(answers['Subject 1'], /^Child Q\nAge band: 5-9\nSex: female/);
    assert.equal(answers['Date the partnership became aware'], longDate(dates.aware));
    assert.equal(answers['Date the referral was received'], longDate(dates.aware));
    assert.equal(answers['Referring agency'], COUNCIL);
    assert.equal(answers.Themes, 'Neglect');

    await click('button', 'Confirm and open the case');
    assert.match(page.url(), /\/cases\/\d+\?done=opened$/);
    caseHref = new URL(page.url()).pathname;
    await check(REFERENCE);
    assert.equal(await banner(), 'The case is open. Its clocks are running.');
    const details = await summary();
    assert.equal(details.Type, 'Child');
    assert.equal(details.State, 'Scoping');
    assert.match(details['Subject 1'], /^Child Q\n/);
    assert.equal(details['Referring agency'], COUNCIL);
    assert.equal(details.Themes, 'Neglect');
    // Only the notification clock runs: due 5 working days after the partnership became aware.
    const running = await clocks();
    assert.deepEqual(running.map((row) => row.label),
                     ['Serious incident notification to the panel']);
    const notification = running[0];
    assert.equal(notification.due, longDate(dates.notificationDue));
    const left = calendar.between(today, dates.notificationDue);
    assert.equal(notification.status, left <= 3 ? 'At risk' : 'On time');
    assert.equal(notification.days, leftText(left));
    assert.equal(notification.rule, 'notification v1');
  });

  test('the officer records the notification: its clock is met, the rapid review one starts',
       async () => {
    await click('link', 'Record the notification to the national panel');
    assert.match(page.url(), /\/notify-panel$/);
    await check('Record the notification to the national panel');
    await fillDate('sent_on', today);
    await page.getByLabel('Panel reference').fill('NP-TEST-0042');
    await click('button', 'Save the notification');
    await check(REFERENCE);
    assert.equal(await banner(), 'Serious incident notification recorded');
    const notification =
      await summary(page.locator('h2:text-is("Serious incident notification") + dl'));
    assert.deepEqual(notification, {
      'Sent to the national panel': longDate(today), 'Panel reference': 'NP-TEST-0042',
    });
    const running = await clocks();
    const met = clock(running, 'Serious incident notification to the panel');
    assert.equal(met.status, 'Met');
    assert.equal(met.tag, 'govuk-tag--green');
    assert.equal(met.days, earlyText(calendar.between(today, dates.notificationDue)));
    const rapid = clock(running, 'Rapid review');
    assert.equal(rapid.due, longDate(dates.rapidReviewDue));
    assert.equal(rapid.status, 'On time');
    assert.equal(rapid.days, leftText(calendar.between(today, dates.rapidReviewDue)));
    assert.equal(rapid.rule, 'rapid_review v1');
  });

  test('the officer asks two agencies for information', async () => {
    for (const [agency, due, asked] of [[COUNCIL, dates.councilDue, ASKED_COUNCIL],
                                        [POLICE, dates.policeDue, ASKED_POLICE]]) {
      await click('link', 'Ask an agency for information');
      assert.match(page.url(), /\/request-information$/);
      await check('Ask an agency for information');
      // The request date starts as today.
      assert.equal(await page.locator('#requested_on-day').inputValue(),
                   String(Number(today.slice(8))));
      await page.getByLabel('Agency to ask').selectOption({ label: agency });
      await fillDate('due_on', due);
      await page.getByLabel('What you are asking for').fill(asked);
      await click('button', 'Send the request');
      await check(REFERENCE);
      assert.equal(await banner(), 'Information requested from an agency');
      const record = await requestRecord(agency);
      assert.equal(record['Asked on'], longDate(today));
      assert.equal(record.Due, longDate(due));
      assert.equal(record.Status, 'Waiting for the answer');
      assert.equal(record['What was asked'], asked);
      assert.equal(record.Response, 'None yet');
    }
    const responses = (await clocks()).filter((row) => row.label === 'Agency information request');
    assert.deepEqual(responses.map((row) => [row.due, row.status]), [
      [longDate(dates.councilDue), 'On time'], [longDate(dates.policeDue), 'On time'],
    ]);
    await signOut();
  });

  test('the agency lead sees only their agency\'s request, and answers it with a file',
       async () => {
    await signIn(AGENCY_LEAD);
    const items = await navigation();
    assert.ok(items.includes('Requests for my agency'), items.join(', '));
    assert.ok(!items.includes('Cases'), items.join(', '));
    await follow(menu('Requests for my agency'));
    assert.match(page.url(), /\/requests$/);
    await check('Requests for my agency');
    const rows = await tableRows('Requests, due soonest first');
    const ours = rows.filter((row) => row[0] === REFERENCE);
    assert.equal(ours.length, 1, `rows for ${REFERENCE}: ${JSON.stringify(ours)}`);
    assert.equal(ours[0][1], ASKED_COUNCIL);
    assert.equal(ours[0][3], longDate(dates.councilDue));
    assert.equal(ours[0][4], 'Waiting for the answer');
    assert.equal(await page.getByText(ASKED_POLICE).count(), 0,
                 'the constabulary\'s request is on the agency lead\'s list');

    await click('link', REFERENCE);
    councilRequestHref = new URL(page.url()).pathname;
    assert.match(councilRequestHref, /^\/requests\/\d+$/);
    await check(`Request for information: ${REFERENCE}`);
    let record = await summary();
    assert.equal(record['What is asked'], ASKED_COUNCIL);
    assert.equal(record.Status, 'Waiting for the answer');

    // Nothing written: the error summary points at the response box.
    await click('button', 'Send response', 422);
    await check(`Request for information: ${REFERENCE}`);
    assert.deepEqual(await page.locator('.govuk-error-summary__list a').evaluateAll(
      (links) => links.map((a) => a.getAttribute('href'))), ['#response']);

    await page.getByLabel('Chronology and summary of your agency\'s involvement').fill(RESPONSE);
    await page.getByLabel('Attach a file (optional)').setInputFiles({
      name: FILE_NAME, mimeType: 'text/plain',
      buffer: Buffer.from('2024-03-01 early help assessment\n2025-06-12 referral closed\n'),
    });
    await click('button', 'Send response');
    assert.equal(new URL(page.url()).pathname, councilRequestHref);
    await check(`Request for information: ${REFERENCE}`);
    record = await summary();
    assert.equal(record.Status, 'Answered');
    const paragraphs = await page.locator('h2:text-is("Response") ~ p.govuk-body').allInnerTexts();
    assert.deepEqual(paragraphs.slice(0, 2), RESPONSE.split('\n'));
    const files = await tableRows('Files');
    assert.equal(files.length, 1);
    assert.equal(files[0][0], FILE_NAME);

    await follow(page.locator('a.govuk-back-link'));
    const answered = (await tableRows('Requests, due soonest first'))
      .filter((row) => row[0] === REFERENCE);
    assert.equal(answered.length, 1);
    assert.equal(answered[0][4], 'Answered');
    await check('Requests for my agency');

    // The constabulary's request was made just after the council's: not theirs, so not found.
    const policeHref = `/requests/${Number(councilRequestHref.split('/').pop()) + 1}`;
    await go(policeHref, 404);
    await check();
    await go('/requests');
    await signOut();
  });

  test('the officer sees the answer, records a rapid review deciding on a CSPR; the case shows ' +
       'its clocks and timeline', async () => {
    await signIn(OFFICER);
    // The constabulary's request the agency lead could not open is real.
    const policeHref = `/requests/${Number(councilRequestHref.split('/').pop()) + 1}`;
    await go(policeHref);
    await check(`Request for information: ${REFERENCE}`);
    assert.equal((await summary())['What is asked'], ASKED_POLICE);
    // The council's answer and its file, as the business unit sees them.
    await go(councilRequestHref);
    await check(`Request for information: ${REFERENCE}`);
    assert.equal((await summary()).Status, 'Answered');
    assert.equal((await tableRows('Files'))[0][0], FILE_NAME);

    // Found by the list's search.
    await go('/cases');
    await page.getByLabel('Search by reference, pseudonym or summary').fill(REFERENCE);
    await click('button', 'Apply filters');
    await check('Cases');
    const found = await tableRows('Cases for review');
    assert.deepEqual(found.map((row) => row[0]), [REFERENCE]);
    assert.equal(found[0][2], 'Scoping');
    await click('link', REFERENCE);
    await check(REFERENCE);
    const council = await requestRecord(COUNCIL);
    assert.match(council.Status, /^Answered: /);
    assert.equal(council.Response, RESPONSE);
    assert.equal((await requestRecord(POLICE)).Status, 'Waiting for the answer');

    await click('link', 'Record the rapid review');
    assert.match(page.url(), /\/record-rapid-review$/);
    await check('Record the rapid review');
    await fillDate('meeting_on', today);
    await fillDate('completed_on', today);
    // The rapid review's clock stops when it is sent to the national panel.
    await fillDate('sent_to_panel_on', today);
    await page.getByLabel(COUNCIL, { exact: true }).check();
    await page.getByLabel(POLICE, { exact: true }).check();
    await page.getByLabel('Facts', { exact: true })
      .fill('Child Q was not seen by a professional for six months.');
    await page.getByLabel('Immediate safety actions')
      .fill('A strategy meeting was held the same day.');
    await page.getByLabel('Learning', { exact: true })
      .fill('Referrals were closed without a home visit.');
    await page.getByLabel('Hold a Child Safeguarding Practice Review (CSPR)').check();
    await page.getByLabel('Rationale for the decision')
      .fill('Serious harm, and learning for several agencies.');
    await click('button', 'Record the rapid review');
    await check(REFERENCE);
    assert.equal(await banner(), 'Rapid review recorded');
    assert.equal((await summary()).State, 'Full review');

    const rapid = await summary(page.locator('h2:text-is("Rapid review") + dl'));
    assert.equal(rapid.Meeting, longDate(today));
    assert.equal(rapid['Agencies present'], `${COUNCIL}, ${POLICE}`);
    assert.equal(rapid.Decision, 'Child Safeguarding Practice Review (CSPR)');
    const full = await summary(page.locator('h2:text-is("Full review") + dl'));
    assert.equal(full.Kind, 'CSPR');
    assert.equal(full.Decided, longDate(today));

    const running = await clocks();
    const notification = clock(running, 'Serious incident notification to the panel');
    assert.deepEqual([notification.due, notification.status, notification.rule],
                     [longDate(dates.notificationDue), 'Met', 'notification v1']);
    const review = clock(running, 'Rapid review');
    assert.deepEqual([review.due, review.status, review.days, review.rule],
                     [longDate(dates.rapidReviewDue), 'Met',
                      earlyText(calendar.between(today, dates.rapidReviewDue)), 'rapid_review v1']);
    const publication = clock(running, 'Child safeguarding practice review published');
    assert.deepEqual([publication.due, publication.status, publication.tag, publication.rule],
                     [longDate(dates.publicationDue), 'On time', 'govuk-tag--blue',
                      'cspr_publication v1']);
    assert.equal(publication.days, leftText(calendar.between(today, dates.publicationDue)));
    const responses = running.filter((row) => row.label === 'Agency information request');
    assert.deepEqual(responses.map((row) => [row.due, row.status]), [
      [longDate(dates.councilDue), 'Met'], [longDate(dates.policeDue), 'On time'],
    ]);

    // The timeline: each step, oldest first; the officer's own as "You", the answer not.
    const timeline = await tableRows('What happened to this case');
    const steps = timeline.map((row) => row[2]);
    const expected = [
      'Referral received', 'Serious incident notification recorded',
      'Information requested from an agency', 'Information requested from an agency',
      'Information request answered', 'Rapid review recorded',
    ];
    let at = -1;
    for (const step of expected) {
      at = steps.indexOf(step, at + 1);
      assert.ok(at >= 0, `"${step}" is not in order in the timeline: ${steps.join(' | ')}`);
      if (step === 'Information request answered') {
        assert.notEqual(timeline[at][1], 'You', 'the agency lead answered');
      } else {
        assert.equal(timeline[at][1], 'You', `who took "${step}"`);
      }
    }

    await go('/cases?q=' + REFERENCE);
    await check('Cases');
    assert.equal((await tableRows('Cases for review'))[0][2], 'Full review');
  });

  // Last: a graceful stop, and nothing from the sanitizers (debug builds) in the log.
  test('the server stops cleanly on SIGTERM', async () => {
    const ended = await assure.stop();
    const log = assure.log();
    assert.deepEqual(ended, { code: 0, signal: null }, `server log:\n${log}`);
    assert.doesNotMatch(log, /AddressSanitizer|LeakSanitizer|runtime error:/, log);
  });
});
