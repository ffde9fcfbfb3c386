// Browser test of a self-evaluation round's journey, in Debian's Chromium through playwright-core,
// on the fictional Northshire partnership that `assure demo` makes (no MFA): the business manager
// opens the QA framework from the menu, copies the s11 template and opens a round for the county
// council; the council's agency lead finds the return on their to-do list, rates and narrates
// every standard, adds evidence to each and submits it; the manager challenges one rating, the
// lead answers, the manager agrees another (the matrix shows it, the return keeps both), closes
// the round and shares it, and opens the quality assurance figures. Then a staff survey: the
// manager builds one for the council (three questions), opens it and follows the council's link;
// five members of staff answer through it with no sign-in (one first sends it with a required
// answer missing); the manager closes it and reads the results (chart and tables) and the
// free text. axe checks WCAG 2.2 A/AA on every page: 0 violations.
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
const SURVEY = 'Fictional survey: raising a concern';

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
let surveyPath;  // /assurance/surveys/{id}
let linkPath;    // /s/{token}

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

describe('a staff survey from building to results, in Chromium', () => {
  // Adds one question through the survey page's form.
  async function addQuestion(kind, text, choices = '', required = false) {
    await manager.page.getByLabel(kind, { exact: true }).check();
    await manager.page.getByLabel('Question', { exact: true }).fill(text);
    if (choices) await manager.page.getByLabel('Choices', { exact: true }).fill(choices);
    if (required) await manager.page.getByLabel('People must answer this question').check();
    await manager.click('button', 'Add the question');
    await manager.check(SURVEY);
  }

  test('the business manager builds a survey for the council and opens it', async () => {
    await manager.go('/assurance');
    await manager.click('link', 'Build a staff survey');
    await manager.check('Build a staff survey');
    await manager.page.getByLabel('Title', { exact: true }).fill(SURVEY);
    await manager.page.getByLabel('Introduction').fill('Fictional: five minutes on what you do.');
    await manager.page.getByLabel('Fewest answers shown').fill('5');
    await manager.page.getByLabel(COUNCIL, { exact: true }).check();
    await manager.click('button', 'Start the survey');
    assert.match(manager.path(), /^\/assurance\/surveys\/\d+$/);
    surveyPath = manager.path();
    await manager.check(SURVEY);

    await manager.page.getByLabel('Title of a new section').fill('Your practice');
    await addQuestion('Single choice', 'Have you raised a concern this year?', 'Yes\nNo\nNot sure',
      true);
    await addQuestion('Agreement scale', 'I know who to ask for advice.', '', true);
    await addQuestion('Free text', 'Anything else you would like to say?');
    assert.ok((await manager.main()).includes('3. Anything else you would like to say?'));

    await manager.click('button', 'Open the survey');
    await manager.check(SURVEY);
    linkPath = await manager.page.locator('a[href^="/s/"]').first().getAttribute('href');
    assert.match(linkPath, /^\/s\/[A-Za-z0-9_-]{43}$/);
  });

  test('five members of staff answer through the council\'s link without signing in', async () => {
    const staff = await Actor.open(browser, base, PASSWORD);
    await staff.go(linkPath);
    await staff.check(SURVEY);
    assert.ok((await staff.main()).includes('Your answers are anonymous'));
    await staff.page.getByLabel('Agree', { exact: true }).check();
    await staff.click('button', 'Send your answers', 422);
    await staff.check(SURVEY);
    assert.ok((await staff.main()).includes('There is a problem'));
    const answers = ['Yes', 'No', 'Yes', 'Not sure', 'Yes'];
    for (let i = 0; i < answers.length; ++i) {
      await staff.go(linkPath);
      await staff.page.getByLabel(answers[i], { exact: true }).check();
      await staff.page.getByLabel(i % 2 ? 'Strongly agree' : 'Agree', { exact: true }).check();
      if (i === 0) {
        await staff.page.getByLabel('3. Anything else you would like to say? (optional)')
          .fill('Fictional: more time for supervision, please.');
      }
      await staff.click('button', 'Send your answers');
      assert.match(staff.path(), /^\/s\/[A-Za-z0-9_-]{43}\/thanks$/);
    }
    await staff.check('Thank you');
    const cookies = await staff.page.context().cookies();
    assert.deepEqual(cookies, [], 'answering sets no cookie');
  });

  test('the manager closes the survey and reads the results and the free text', async () => {
    await manager.go(surveyPath);
    await manager.click('button', 'Close the survey');
    await manager.check(SURVEY);
    await manager.click('link', 'See the results');
    await manager.check(`Results: ${SURVEY}`);
    const results = await manager.main();
    assert.ok(results.includes('5 people answered'), results);
    assert.equal(await manager.page.locator('svg[role="img"]').count(), 2);
    await manager.click('link', 'Read the free-text answers');
    await manager.check(`Free-text answers: ${SURVEY}`);
    assert.ok((await manager.main()).includes('more time for supervision'));
  });
});
