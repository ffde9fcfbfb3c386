// Browser test of a learning briefing's journey, in Debian's Chromium through playwright-core, on
// the fictional Northshire partnership that `assure demo` makes (no MFA): the business officer
// reads the restricted name of a demo child case, writes a 7 Minute Briefing linking that case
// with the child's given name in it (previewed, then saved), runs the publication check (one hit,
// naming the name and the case), takes the name out, checks again (no hit), compares the two saved
// versions and sends it for review, and leaves a second briefing as a draft; the business manager,
// in another browser context, finds it on the home to-do list, approves and publishes it, and opens
// the sensitive places, the recurring learning and the learning figures; an anonymous reader (no
// sign-in) finds it in the partnership's public library, reads it without the name, downloads its
// PDF, and gets 404 for the draft. axe checks WCAG 2.2 A/AA on every page: 0 violations.
//
//   node tests/browser/learning_journey.mjs ASSURE_BIN   (from the repository root; CTest
//   `browser`)
//
// The journey writes its own briefings: it relies on no briefing of the demo.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  Actor, Assure, assureBinary, finish, freePort, launchPage,
} from './harness.mjs';

const PASSWORD = 'northshire-demo-2026';
const OFFICER = 'business_officer@northshire.example';
const MANAGER = 'business_manager@northshire.example';
const SLUG = 'northshire';  // the demo partnership's library: /learning/northshire
const TITLE = 'Missing from education: putting the picture together';
const DRAFT_TITLE = 'A draft that is never published';
const KIND = '7 Minute Briefing';
const STAND_IN = 'A young teenager';  // what replaces the child's name

// The body, every section with its text; `opening` starts the first paragraph (the library's
// summary). Nothing else in it may match a restricted detail or a generic pattern.
const body = (opening) => [
  '## 1. Background', '',
  `${opening} stopped going to school in the autumn term, and three agencies each held part ` +
    'of the picture.', '',
  '## 2. Why it matters', '',
  'Children missing from education are at greater risk of exploitation and of harm outside ' +
    'the home.', '',
  '## 3. What we know', '',
  'The school, the youth service and the police each recorded concerns; nobody put the ' +
    'records side by side.', '',
  '## 4. What it means for practice', '',
  'One missing episode can look minor; a pattern across agencies rarely does.', '',
  '## 5. Questions to reflect on', '',
  'When did you last ask what another agency knows about a child you are worried about?', '',
  '## 6. What to do', '',
  'Share concerns early, record who you told, and ask for a multi-agency meeting when the ' +
    'picture is unclear.', '',
  '## 7. Further reading', '',
  'The procedures on children missing from education.', '',
].join('\n');

const londonToday = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
// The demo's first case (a child's) was referred 1080 days before the demo ran: NS-<year>-01.
function firstDemoReference() {
  const referred = new Date(new Date(`${londonToday()}T00:00:00Z`).getTime() - 1080 * 86_400_000);
  return `NS-${referred.getUTCFullYear()}-01`;
}
const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const assure = new Assure(assureBinary('learning_journey.mjs'));
let base;
let browser;
let officer;
let manager;
let reader;
let reference;    // the demo case the briefing draws on
let givenName;    // its child's restricted given name
let briefingPath; // /briefings/{id}
let briefingId;
let draftId;

before(async () => {
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  await assure.run('migrate');
  await assure.run('demo');
  reference = firstDemoReference();
  await assure.start(port);
  let page;
  let problems;
  ({ browser, page, problems } = await launchPage());
  officer = new Actor(page, problems, base, PASSWORD);
});

after(() => finish(browser, assure));

describe('a 7 Minute Briefing from draft to the public library, in Chromium', () => {
  test('the business officer reads the restricted name of a demo child case', async () => {
    await officer.signIn(OFFICER);
    await officer.go(`/cases?q=${encodeURIComponent(reference)}`);
    await officer.check('Cases');
    await officer.click('link', reference);
    await officer.check(reference);
    await officer.click('link', 'See the restricted details');
    assert.match(officer.path(), /^\/cases\/\d+\/restricted$/);
    await officer.check();
    const name = (await officer.summary()).Name;
    assert.ok(name && name !== 'Not recorded', `the demo case ${reference} has a restricted name`);
    givenName = name.split(/\s+/)[0];
    assert.ok(givenName.length >= 2, `given name of "${name}"`);
  });

  test('the officer writes a 7 Minute Briefing naming the child, and a draft', async () => {
    await officer.follow(officer.page.locator('nav[aria-label="Menu"]')
      .getByRole('link', { name: 'Briefings', exact: true }));
    assert.equal(officer.path(), '/briefings');
    await officer.check('Briefings');

    // A second briefing that stays a draft: the library must not show it.
    await officer.click('button', 'New Lessons Learned Briefing');
    await officer.check('New Lessons Learned Briefing');
    await officer.page.getByLabel('Title', { exact: true }).fill(DRAFT_TITLE);
    await officer.click('button', 'Save');
    assert.match(officer.path(), /^\/briefings\/\d+$/);
    draftId = Number(officer.path().split('/')[2]);
    await officer.check(DRAFT_TITLE);
    assert.equal(await officer.banner(), 'The briefing is saved as a draft.');

    await officer.go('/briefings');
    await officer.click('button', 'New 7 Minute Briefing');
    assert.equal(new URL(officer.page.url()).search, '?kind=seven_minute');
    await officer.check(`New ${KIND}`);
    // The body starts from the kind's seven sections.
    const template = await officer.page.getByLabel('The briefing', { exact: true }).inputValue();
    assert.match(template, /^## 1\. Background\n[\s\S]*## 7\. Further reading\n/);

    await officer.page.getByLabel('Title', { exact: true }).fill(TITLE);
    await officer.page.getByLabel('Children\'s workforce', { exact: true }).check();
    await officer.page.getByLabel('Community', { exact: true }).check();
    await officer.page.getByLabel('Neglect', { exact: true }).check();
    await officer.page.getByLabel('Cases it draws on').fill(reference);
    await officer.page.getByLabel('The briefing', { exact: true }).fill(body(givenName));

    // Preview shows the body as the library will and keeps what was typed.
    await officer.click('button', 'Preview');
    await officer.check(`New ${KIND}`);
    const preview = officer.page.locator('.govuk-inset-text');
    assert.ok((await preview.innerText()).includes('7. Further reading'));
    assert.equal(await officer.page.getByLabel('Title', { exact: true }).inputValue(), TITLE);

    await officer.click('button', 'Save');
    assert.match(officer.path(), /^\/briefings\/\d+$/);
    briefingPath = officer.path();
    briefingId = Number(briefingPath.split('/')[2]);
    await officer.check(TITLE);
    assert.equal(await officer.banner(), 'The briefing is saved as a draft.');
    assert.equal((await officer.page.locator('.govuk-caption-l').innerText()).trim(), KIND);
    const details = await officer.summary();
    assert.equal(details.State, 'Draft');
    assert.deepEqual(details.For.split('\n').map((line) => line.trim()),
                     ['Children\'s workforce', 'Community']);
    assert.equal(details.Themes, 'Neglect');
    assert.equal(details.Cases, reference);

    await officer.go('/briefings');
    await officer.check('Briefings');
    const row = officer.page.locator('tbody tr').filter({
      has: officer.page.getByRole('link', { name: TITLE, exact: true }),
    });
    assert.equal(await row.count(), 1);
    assert.equal((await row.locator('td').nth(1).innerText()).trim(), KIND);
    assert.equal((await row.locator('td').nth(2).innerText()).trim(), 'Draft');
  });

  test('the publication check finds the name and names what it matched', async () => {
    await officer.go(briefingPath);
    await officer.check(TITLE);
    await officer.click('button', 'Run the publication check');
    assert.equal(officer.path(), `${briefingPath}/check`);
    await officer.check(TITLE);
    const cards = officer.page.locator('.govuk-summary-card');
    assert.equal(await cards.count(), 1, await officer.main());
    assert.equal((await cards.locator('h3').innerText()).trim(), `Body: “${givenName}”`);
    const rows = await cards.locator('.govuk-summary-list__row').evaluateAll((elements) =>
      Object.fromEntries(elements.map((row) => [row.querySelector('dt').innerText.trim(),
                                                row.querySelector('dd').innerText.trim()])));
    // The business unit reads restricted details: the hit says which, and of which case.
    assert.equal(rows['What it matches'],
                 `matches the name "${givenName}" recorded for case ${reference}`);
    assert.ok(rows.Where.includes(`${givenName} stopped going to school`), rows.Where);
    assert.equal(rows.Resolved, 'Not yet');
    // Only the business manager accepts a passage.
    assert.equal(await officer.page.getByRole('button', { name: 'Accept this passage' }).count(),
                 0);
  });

  test('the officer takes the name out, checks again and compares the versions', async () => {
    await officer.go(briefingPath);
    await officer.click('button', 'Change the briefing');
    assert.equal(officer.path(), `${briefingPath}/edit`);
    await officer.check('Change the briefing');
    const textarea = officer.page.getByLabel('The briefing', { exact: true });
    assert.equal(await textarea.inputValue(), body(givenName));
    await textarea.fill(body(STAND_IN));
    await officer.click('button', 'Save');
    assert.equal(officer.path(), briefingPath);
    await officer.check(TITLE);
    assert.equal(await officer.banner(), 'Your changes are saved as a new version.');

    await officer.click('button', 'Run the publication check');
    await officer.check(TITLE);
    assert.equal(await officer.page.locator('.govuk-summary-card').count(), 0);
    assert.ok((await officer.main()).includes('The check found no identifying detail.'));

    await officer.click('link', 'saved versions');
    assert.equal(officer.path(), `${briefingPath}/versions`);
    await officer.check('Saved versions');
    const versions = await officer.page.locator('tbody tr td:first-child').allInnerTexts();
    assert.deepEqual(versions.map((text) => text.trim()), ['1', '2']);
    // The first and the last versions are chosen already.
    await officer.click('button', 'Compare');
    assert.equal(new URL(officer.page.url()).search, '?from=1&to=2');
    await officer.check('Saved versions');
    assert.equal(await officer.page.locator('main h2', { hasText: 'Version 1 and version 2' })
      .count(), 1);
    const removed = await officer.page.locator('del').allInnerTexts();
    const added = await officer.page.locator('ins').allInnerTexts();
    assert.equal(removed.length, 1, removed.join(' | '));
    assert.ok(removed[0].includes(`${givenName} stopped going to school`), removed[0]);
    assert.equal(added.length, 1, added.join(' | '));
    assert.ok(added[0].includes(`${STAND_IN} stopped going to school`), added[0]);

    await officer.click('link', 'Back to the briefing');
    await officer.click('button', 'Send for review');
    assert.equal(officer.path(), briefingPath);
    await officer.check(TITLE);
    assert.equal(await officer.banner(), 'The briefing is sent for review.');
    assert.equal((await officer.summary()).State, 'In review');
    // The author does not approve.
    assert.equal(await officer.page.getByRole('button', { name: 'Approve' }).count(), 0);
  });

  test('the business manager approves and publishes it from the to-do list', async () => {
    manager = await Actor.open(browser, base, PASSWORD);
    await manager.signIn(MANAGER);
    await manager.follow(manager.page.locator('#todo')
      .getByRole('link', { name: `Approve: ${TITLE}`, exact: true }));
    assert.equal(manager.path(), briefingPath);
    await manager.check(TITLE);
    assert.equal((await manager.summary()).State, 'In review');

    await manager.click('button', 'Approve');
    await manager.check(TITLE);
    assert.equal(await manager.banner(), 'The briefing is approved.');
    assert.equal((await manager.summary()).State, 'Approved');
    await manager.click('button', 'Publish');
    await manager.check(TITLE);
    assert.equal(await manager.banner(), 'The briefing is published in the learning library.');
    const details = await manager.summary();
    assert.equal(details.State, 'Published');
    assert.ok(details.Published, 'the publication date is shown');

    await manager.go('/home');
    await manager.check();
    assert.equal(await manager.page.getByRole('link', { name: `Approve: ${TITLE}` }).count(), 0);
  });

  test('the business manager opens the sensitive places', async () => {
    await manager.go('/briefings');
    await manager.check('Briefings');
    await manager.click('link', 'Sensitive places');
    assert.equal(manager.path(), '/sensitive-places');
    await manager.check('Sensitive places');
  });

  test('the business manager opens the recurring learning', async () => {
    await manager.go('/recurring-learning');
    await manager.check();
  });

  test('the business manager opens the learning figures', async () => {
    await manager.go('/reports/learning');
    await manager.check();
  });

  test('an anonymous reader finds it in the public library without the name', async () => {
    reader = await Actor.open(browser, base, PASSWORD);
    await reader.go(`/learning/${SLUG}`);
    await reader.check();
    assert.match((await reader.page.locator('h1').innerText()).trim(), /: learning briefings$/);
    const entry = reader.page.locator('main li').filter({
      has: reader.page.getByRole('link', { name: TITLE, exact: true }),
    });
    assert.equal(await entry.count(), 1);
    const listed = await entry.innerText();
    assert.ok(listed.includes(KIND), listed);
    assert.ok(listed.includes(`${STAND_IN} stopped going to school`), listed);
    assert.equal(await reader.page.getByRole('link', { name: DRAFT_TITLE }).count(), 0);

    await reader.click('link', TITLE);
    assert.equal(reader.path(), `/learning/${SLUG}/briefings/${briefingId}`);
    await reader.check(TITLE);
    assert.equal((await reader.page.locator('.govuk-caption-l').innerText()).trim(), KIND);
    const text = await reader.main();
    assert.ok(text.includes('7. Further reading'), text);
    assert.ok(text.includes(`${STAND_IN} stopped going to school`), text);
    assert.doesNotMatch(text, new RegExp(`\\b${escapeRegExp(givenName)}\\b`, 'i'));
    assert.doesNotMatch(text, new RegExp(escapeRegExp(reference)));

    const pdfHref = await reader.page
      .getByRole('link', { name: 'Download this briefing as a PDF', exact: true })
      .getAttribute('href');
    assert.equal(pdfHref, `/learning/${SLUG}/briefings/${briefingId}/pdf`);
    const pdf = await reader.page.request.get(`${base}${pdfHref}`, { timeout: 90_000 });
    assert.equal(pdf.status(), 200);
    assert.match(pdf.headers()['content-type'], /^application\/pdf/);
    const bytes = await pdf.body();
    assert.equal(bytes.subarray(0, 4).toString('latin1'), '%PDF');
  });

  test('a draft is not in the public library', async () => {
    await reader.go(`/learning/${SLUG}/briefings/${draftId}`, 404);
    const pdf = await reader.page.request.get(`${base}/learning/${SLUG}/briefings/${draftId}/pdf`);
    assert.equal(pdf.status(), 404);
  });

  // Last: a graceful stop, and nothing from the sanitizers (debug builds) in the log.
  test('the server stops cleanly on SIGTERM', async () => {
    const ended = await assure.stop();
    const log = assure.log();
    assert.deepEqual(ended, { code: 0, signal: null }, `server log:\n${log}`);
    assert.doesNotMatch(log, /AddressSanitizer|LeakSanitizer|runtime error:/, log);
  });
});
