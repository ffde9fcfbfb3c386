// Browser test of a self-evaluation round's journey, in Debian's Chromium through playwright-core,
// on the fictional Northshire partnership that `assure demo` makes (no MFA): the business manager
// opens the QA framework from the menu, copies the s11 template and opens a round for the county
// council; the council's agency lead finds the return on their to-do list, rates and narrates
// every standard, adds evidence to each and submits it; the manager challenges one rating, the
// lead answers, the manager agrees another (the matrix shows it, the return keeps both), closes
// the round and shares it, and opens the quality assurance figures. axe checks WCAG 2.2 A/AA on every page: 0 violations.
//
//   node tests/browser/assurance_journey.mjs ASSURE_BIN   (from the repository root; CTest
//   `browser`)
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  Actor, Assure, assureBinary, finish, freePort, launchPage,
} from './harness.mjs';

const PASSWORD = 'northshire-demo-2026';
const MANAGER = 'business_manager@northshire.example';
const AGENCY_LEAD = 'agency_lead@northshire.example';  // Northshire County Council's lead
const COUNCIL = 'Northshire County Council';
const ROUND = 'Fictional safeguarding self-assessment, browser round';
const FRAMEWORK = 'Agency safeguarding self-assessment (children\'s services, s11)';

const iso = (date) => date.toISOString().slice(0, 10);
const londonToday = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());

const assure = new Assure(assureBinary('assurance_journey.mjs'));
let base;
let browser;
let manager;
let lead;
let roundPath;   // /assurance/rounds/{id}
let returnPath;  // /assurance/rounds/{id}/returns/{agency_id}

before(async () => {
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  await assure.run('migrate');
  await assure.run('demo');
  await assure.start(port);
  let page;
  let problems;
  ({ browser, page, problems } = await launchPage());
  manager = new Actor(page, problems, base, PASSWORD);
});

after(() => finish(browser, assure));

describe('a self-evaluation round from opening to sharing, in Chromium', () => {
  test('the business manager copies the s11 template and opens a round', async () => {
    await manager.signIn(MANAGER);
    await manager.follow(manager.page.locator('nav[aria-label="Menu"]')
      .getByRole('link', { name: 'Assurance', exact: true }));
    assert.equal(manager.path(), '/assurance');
    await manager.check();
    await manager.click('button', 'Copy the s11 template');
    assert.match(manager.path(), /^\/assurance\/frameworks\/\d+$/);
    await manager.check(FRAMEWORK);

    await manager.go('/assurance');
    await manager.click('link', 'Open a self-evaluation round');
    await manager.check('Open a self-evaluation round');
    await manager.page.getByLabel('Standards framework').selectOption({ label: `${FRAMEWORK}, version 1` });
    await manager.page.getByLabel('Title', { exact: true }).fill(ROUND);
    const due = new Date(`${londonToday()}T00:00:00Z`);
    due.setUTCDate(due.getUTCDate() + 30);
    const [year, month, day] = iso(due).split('-');
    await manager.page.getByLabel('Day').fill(String(Number(day)));
    await manager.page.getByLabel('Month').fill(String(Number(month)));
    await manager.page.getByLabel('Year').fill(year);
    await manager.page.getByLabel(COUNCIL, { exact: true }).check();
    await manager.click('button', 'Open the round');
    assert.match(manager.path(), /^\/assurance\/rounds\/\d+$/);
    roundPath = manager.path();
    await manager.check(ROUND);
    assert.ok((await manager.main()).includes('Not returned'));
  });

  test('the council\'s lead rates, evidences and submits the return', async () => {
    lead = await Actor.open(browser, base, PASSWORD);
    await lead.signIn(AGENCY_LEAD);
    await lead.click('link', `Self-evaluation return: ${ROUND}`);
    returnPath = lead.path();
    assert.match(returnPath, /^\/assurance\/rounds\/\d+\/returns\/\d+$/);
    await lead.check(COUNCIL);
    await lead.click('link', 'Rate the standards');
    await lead.check('Complete the self-evaluation');
    const goods = lead.page.locator('input[type="radio"][value="3"]');
    const count = await goods.count();
    assert.ok(count >= 5, `${count} standards`);
    for (let i = 0; i < count; ++i) await goods.nth(i).check();
    const narratives = lead.page.locator('textarea[name^="narrative_"]');
    for (let i = 0; i < count; ++i) {
      await narratives.nth(i).fill(`Fictional: the evidence for standard ${i + 1}.`);
    }
    await lead.click('button', 'Save');
    await lead.check(COUNCIL);
    assert.equal(await lead.banner(), 'Your ratings were saved.');

    for (let i = 1; i <= count; ++i) {
      await lead.page.getByLabel(`Add evidence for standard ${i}`, { exact: true }).setInputFiles({
        name: `evidence-${i}.txt`, mimeType: 'text/plain',
        buffer: Buffer.from(`Fictional minutes for standard ${i}.\n`),
      });
      await lead.follow(lead.page.getByRole('button', { name: `Upload evidence for standard ${i}` }));
      assert.equal(await lead.banner(), 'The evidence was added.');
    }
    await lead.check(COUNCIL);
    await lead.click('button', 'Submit the return');
    assert.equal(await lead.banner(), 'The return was submitted.');
    assert.ok((await lead.main()).includes('Submitted on'));
  });

  test('the manager challenges a rating, the lead answers, another is agreed', async () => {
    await manager.go(returnPath);
    await manager.check(COUNCIL);
    await manager.page.getByLabel('Standard', { exact: true }).selectOption({ index: 0 });
    await manager.page.getByLabel('Question for the agency').fill(
      'Fictional: what did the last audit of supervision find?');
    await manager.click('button', 'Ask');
    assert.equal(await manager.banner(), 'The question was sent to the agency.');

    await lead.go(returnPath);
    await lead.page.getByLabel('Your answer').fill('Fictional: 40 files, 31 with monthly notes.');
    await lead.click('button', 'Send the answer');
    assert.equal(await lead.banner(), 'Your answer was sent.');
    await lead.check(COUNCIL);

    await manager.go(returnPath);
    await manager.page.getByLabel('Agreed rating').selectOption({ label: '2 Requires improvement' });
    await manager.click('button', 'Resolve');
    assert.equal(await manager.banner(), 'The challenge was resolved.');
    await manager.check(COUNCIL);
    assert.ok((await manager.main()).includes('rating changed from 3 Good to 2 Requires improvement'));

    await manager.go(roundPath);
    await manager.check(ROUND);
    const matrix = await manager.main();
    assert.ok(matrix.includes('2 Requires improvement (changed by challenge)'), matrix);
  });

  test('the manager closes the round and shares its ratings', async () => {
    await manager.click('button', 'Close the round');
    await manager.check(ROUND);
    await manager.click('button', 'Share the ratings with the agencies');
    await manager.check(ROUND);
    assert.ok((await manager.main()).includes('the ratings are shared'));
    await manager.go('/assurance');
    await manager.check();
    assert.ok((await manager.main()).includes(ROUND));
    await manager.click('link', 'Quality assurance figures');
    await manager.check('Quality assurance figures');
  });
});
