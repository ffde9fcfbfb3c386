// Browser test of the governance journey, in Debian's Chromium through playwright-core, on the
// fictional Northshire partnership that `assure demo` makes (no MFA; it already has seven bodies
// and their meetings, and the council, the constabulary and the integrated care board are its
// statutory partners): the business manager opens the governance structure from the menu and adds
// a board with a quorum of two that needs each statutory partner; adds three members from those
// agencies (two linked to their accounts, one to no account) and names the chair; the structure
// page shows the board both in the drawing (SVG) and in the nested list; schedules a meeting a
// week ago, adds an agenda item with a paper, records attendance (two present, one sending a
// named deputy) and the page says the meeting was quorate; records a decision that makes an
// action, follows its link to the action (its source names the meeting's decision, and the action
// list finds it among the actions whose source is a meeting); writes the draft minutes with a
// preview; the body's meetings list the meeting as quorate with draft minutes; and the attendance
// figures for the period show the board's three agencies. axe checks WCAG 2.2 A/AA on every page:
// 0 violations.
//
//   node tests/browser/governance_journey.mjs ASSURE_BIN   (from the repository root; CTest
//   `browser`)
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  Actor, Assure, assureBinary, finish, freePort, launchPage,
} from './harness.mjs';

const PASSWORD = 'northshire-demo-2026';
const MANAGER = 'business_manager@northshire.example';
const COUNCIL = 'Northshire County Council';
const POLICE = 'Northshire Constabulary';
const HEALTH = 'Northshire Integrated Care Board';

const BODY = 'Fictional Executive Board';
// The members: two linked to the demo's accounts of the same names, one to no account.
const CHAIR = { person: 'Dan Hughes', post: 'Fictional Head of Safeguarding', agency: COUNCIL,
                account: 'Dan Hughes' };
const OFFICER = { person: 'Aisha Rahman', post: 'Fictional Detective Superintendent',
                  agency: POLICE, account: 'Aisha Rahman' };
const NURSE = { person: 'Robin Fairweather', post: 'Fictional Designated Nurse', agency: HEALTH,
                account: null };
const MEMBERS = [CHAIR, OFFICER, NURSE];
const DEPUTY = 'Casey Marlow';

const PLACE = 'Fictional Room 2, County Hall';
const ITEM = 'Fictional: the partnership\'s annual report, first draft';
const PRESENTER = 'Fictional Business Manager';
const PAPER_NAME = 'annual-report-draft.txt';
const PAPER_BYTES = 'Fictional annual report\nfirst draft for the board\n';
const DECISION = 'Fictional: the board asked the police to review training on chronologies.';
const ACTION = 'Fictional: review training on multi-agency chronologies';
const ACTION_LEAD = 'Aisha Rahman';
const MINUTES = 'Fictional minutes: the board noted the first draft of the annual report.';
const MINUTES_POINT = 'Fictional: comments on the draft to the business unit by the end of the month';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
                'September', 'October', 'November', 'December'];
const parse = (day) => new Date(`${day}T00:00:00Z`);
const iso = (date) => date.toISOString().slice(0, 10);
const addDays = (day, n) => iso(new Date(parse(day).getTime() + n * 86_400_000));
const longDate = (day) => {
  const date = parse(day);
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
};
const londonToday = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
// The name as the structure drawing's box writes it (body_tree.h's ShortName, 20 characters).
const shortName = (name) => {
  const characters = [...name];
  return characters.length <= 20 ? name : `${characters.slice(0, 19).join('').trimEnd()}…`;
};

const assure = new Assure(assureBinary('governance_journey.mjs'));
let base;
let browser;
let manager;
let today;
let meetingDay;   // a week ago
let bodyPath;     // /governance/bodies/{id}
let meetingPath;  // /governance/meetings/{id}
let actionPath;   // /actions/{id}
let policeId;     // the constabulary's agency id, as the decision form's select names it

// The GOV.UK date input `key` (boxes <key>-day, -month, -year) filled with `day` (YYYY-MM-DD).
async function fillDate(key, day) {
  const [year, month, date] = day.split('-').map(Number);
  await manager.page.locator(`#${key}-day`).fill(String(date));
  await manager.page.locator(`#${key}-month`).fill(String(month));
  await manager.page.locator(`#${key}-year`).fill(String(year));
}

// The rows of the table under `scope` as arrays of cell texts (header cells included).
function rowsOf(scope) {
  return scope.locator('tbody tr').evaluateAll((trs) => trs.map((tr) =>
    [...tr.querySelectorAll('th, td')].map((cell) => cell.innerText.trim())));
}

before(async () => {
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  await assure.run('migrate');
  await assure.run('demo');
  today = londonToday();
  meetingDay = addDays(today, -7);
  await assure.start(port);
  let page;
  let problems;
  ({ browser, page, problems } = await launchPage());
  manager = new Actor(page, problems, base, PASSWORD);
});

after(() => finish(browser, assure));

describe('a board from its members to a quorate meeting, a decision and its action, in Chromium',
  () => {
    test('the business manager adds a board with a quorum of two', async () => {
      await manager.signIn(MANAGER);
      await manager.follow(manager.page.locator('nav[aria-label="Menu"]')
        .getByRole('link', { name: 'Governance', exact: true }));
      assert.equal(manager.path(), '/governance');
      await manager.check('Governance structure');

      await manager.click('button', 'Add a body');
      assert.equal(manager.path(), '/governance/bodies/new');
      await manager.check('Add a body');
      await manager.page.getByLabel('Name', { exact: true }).fill(BODY);
      await manager.page.getByLabel('Kind of body').selectOption({ label: 'Board' });
      await manager.page.getByLabel('Members needed for a quorum').fill('2');
      await manager.page.getByLabel('Include one member from each statutory partner').check();
      await manager.click('button', 'Add the body');
      assert.match(manager.path(), /^\/governance\/bodies\/\d+$/);
      bodyPath = manager.path();
      await manager.check(BODY);
      const details = await manager.summary();
      assert.equal(details.Kind, 'Board');
      assert.equal(details['Reports to'], 'No other body');
      assert.equal(details.Chair, 'Not named');
      assert.equal(details.Quorum, 'At least 2 members, including one from each statutory partner');
      // No member yet: the statutory partners cannot all be present.
      assert.match(await manager.page.locator('.govuk-warning-text').innerText(),
                   /No current member from /);
      assert.ok((await manager.main()).includes('The body has no current members.'));
    });

    test('three members from the statutory partners, one with no account, and the chair',
      async () => {
        const joined = addDays(today, -60);  // sitting on the body on the meeting's day
        for (const member of MEMBERS) {
          await manager.go(bodyPath);
          await manager.click('button', 'Add a member');
          assert.equal(manager.path(), `${bodyPath}/members/new`);
          await manager.check('Add a member');
          await manager.page.getByLabel('Name', { exact: true }).fill(member.person);
          await manager.page.getByLabel('Post', { exact: true }).fill(member.post);
          await manager.page.getByLabel('Agency', { exact: true })
            .selectOption({ label: member.agency });
          await manager.page.getByLabel('Role', { exact: true }).selectOption({ label: 'Member' });
          await fillDate('from_on', joined);
          await manager.page.getByLabel('Account', { exact: true })
            .selectOption({ label: member.account ?? 'No account' });
          await manager.click('button', 'Add the member');
          assert.equal(manager.path(), bodyPath);
          assert.equal(await manager.banner(), 'The member\'s details were saved.');
          await manager.check(BODY);
        }
        const members = await rowsOf(manager.page.locator('table').filter({
          has: manager.page.locator('caption', { hasText: 'Current members' }),
        }));
        assert.deepEqual(members.map((row) => row.slice(0, 5)).sort(), MEMBERS.map((member) =>
          [member.person, member.post, member.agency, 'Member', longDate(joined)]).sort());
        // Every statutory partner now has a member.
        assert.equal(await manager.page.locator('.govuk-warning-text').count(), 0);

        await manager.click('button', 'Change the body');
        assert.equal(manager.path(), `${bodyPath}/edit`);
        await manager.check('Change the body');
        await manager.page.getByLabel('Chair', { exact: true })
          .selectOption({ label: `${CHAIR.person}, ${CHAIR.post}` });
        await manager.click('button', 'Save the body');
        assert.equal(manager.path(), bodyPath);
        assert.equal(await manager.banner(), 'The body was saved.');
        await manager.check(BODY);
        const details = await manager.summary();
        assert.equal(details.Chair, CHAIR.person);
        assert.equal(details['Vice-chair'], 'Not named');
      });

    test('the structure page shows the board in the drawing and in the list', async () => {
      await manager.go('/governance');
      await manager.check('Governance structure');
      const drawing = manager.page.locator('svg.app-body-tree');
      assert.equal(await drawing.count(), 1);
      const box = drawing.locator(`a[href="${bodyPath}"]`);
      assert.equal(await box.count(), 1, 'one box links to the board');
      assert.equal(await box.getAttribute('aria-label'), `${BODY}, Board`);
      assert.equal((await box.locator('text').first().textContent()).trim(), shortName(BODY));
      assert.ok((await drawing.locator('desc').textContent()).includes(`${BODY} (Board)`));

      const item = manager.page.locator('.app-body-outline li').filter({
        has: manager.page.locator(`a[href="${bodyPath}"]`),
      });
      assert.equal(await item.count(), 1, 'one list item links to the board');
      // A root with no body under it: its item holds just its link and its line.
      const link = item.locator('a').first();
      assert.equal((await link.innerText()).trim(), BODY);
      assert.equal((await item.locator('span.govuk-body-s').first().innerText()).trim(),
                   `Board. Chair: ${CHAIR.person}. 3 current members.`);
      await manager.follow(link);
      assert.equal(manager.path(), bodyPath);
      await manager.check(BODY);
    });

    test('a meeting a week ago: agenda, paper and attendance, and it was quorate', async () => {
      await manager.click('button', 'Schedule a meeting');
      assert.equal(manager.path(), `${bodyPath}/meetings/new`);
      await manager.check('Schedule a meeting');
      await fillDate('held_on', meetingDay);
      await manager.page.getByLabel('Start time').fill('10:00');
      await manager.page.getByLabel('Length in minutes').fill('120');
      await manager.page.getByLabel('Place', { exact: true }).fill(PLACE);
      await manager.click('button', 'Schedule the meeting');
      assert.match(manager.path(), /^\/governance\/meetings\/\d+$/);
      meetingPath = manager.path();
      const title = `Meeting of ${longDate(meetingDay)}`;
      await manager.check(title);
      const details = await manager.summary();
      assert.equal(details.Time, '10:00 (London time), for 2 hours');
      assert.equal(details.Place, PLACE);
      assert.ok((await manager.main()).includes('Attendance not recorded'));

      // An agenda item, and a paper for it.
      await manager.page.getByLabel('Title of the item').fill(ITEM);
      await manager.page.getByLabel('Who presents it (optional)').fill(PRESENTER);
      await manager.click('button', 'Add the item');
      assert.equal(manager.path(), meetingPath);
      await manager.check(title);
      const agenda = manager.page.locator('#agenda ~ ol.govuk-list').first();
      assert.equal((await agenda.locator('h3').first().innerText()).trim(), `1. ${ITEM}`);
      assert.ok((await agenda.innerText()).includes(`Presented by ${PRESENTER}`));
      await manager.page.getByLabel('Add a paper to item 1', { exact: true }).setInputFiles({
        name: PAPER_NAME, mimeType: 'text/plain', buffer: Buffer.from(PAPER_BYTES),
      });
      await manager.click('button', 'Upload a paper to item 1');
      assert.equal(manager.path(), meetingPath);
      await manager.check(title);
      const paper = manager.page.getByRole('link', { name: PAPER_NAME, exact: true });
      const paperHref = await paper.getAttribute('href');
      assert.match(paperHref, new RegExp(`^${meetingPath}/papers/\\d+$`));
      const download = await manager.page.request.get(`${base}${paperHref}`);
      assert.equal(download.status(), 200);
      assert.equal((await download.body()).toString(), PAPER_BYTES);
      assert.match(download.headers()['content-disposition'], /^attachment/);

      // Attendance: two present, one sent a named deputy.
      await manager.click('link', 'Record attendance');
      assert.equal(manager.path(), `${meetingPath}/attendance`);
      await manager.check('Record attendance');
      const marks = new Map([[CHAIR, 'Present'], [OFFICER, 'Present'], [NURSE, 'Deputy sent']]);
      for (const [member, mark] of marks) {
        const group = manager.page.getByRole('group', {
          name: `Attendance of ${member.person}`, exact: true,
        });
        await group.getByLabel(mark, { exact: true }).check();
        if (mark === 'Deputy sent') {
          // attendance_<n>_status: the member's deputy box is attendance_<n>_deputy.
          const name = await group.locator('input[type="radio"]').first().getAttribute('name');
          const n = /^attendance_(\d+)_status$/.exec(name)?.[1];
          assert.ok(n !== undefined, `radio name ${name}`);
          await manager.page.locator(`#attendance_${n}_deputy`).fill(DEPUTY);
        }
      }
      await manager.click('button', 'Save attendance');
      assert.equal(manager.path(), meetingPath);
      await manager.check(title);
      assert.equal((await manager.page.locator('#attendance + .govuk-inset-text').innerText()).trim(),
                   'Quorate: 3 counted, at least 2 needed');
      const attendance = await rowsOf(manager.page.locator('table').filter({
        has: manager.page.locator('caption',
          { hasText: 'The members expected and their attendance' }),
      }));
      const byName = new Map(attendance.map((row) => [row[0].split('\n')[0].trim(), row]));
      assert.deepEqual(byName.get(CHAIR.person)?.slice(1), [COUNCIL, 'Member', 'Present', '']);
      assert.deepEqual(byName.get(OFFICER.person)?.slice(1), [POLICE, 'Member', 'Present', '']);
      assert.deepEqual(byName.get(NURSE.person)?.slice(1),
                       [HEALTH, 'Member', 'Deputy sent', DEPUTY]);
    });

    test('a decision makes an action, whose source is the meeting', async () => {
      await manager.go(meetingPath);
      const title = `Meeting of ${longDate(meetingDay)}`;
      await manager.check(title);
      const due = addDays(today, 90);
      await manager.page.getByLabel('The decision', { exact: true }).fill(DECISION);
      await manager.page.getByLabel('What will change', { exact: true }).fill(ACTION);
      const owner = manager.page.getByLabel('Owner agency', { exact: true });
      await owner.selectOption({ label: POLICE });
      policeId = await owner.inputValue();
      assert.match(policeId, /^\d+$/);
      await manager.page.getByLabel('Lead', { exact: true }).fill(ACTION_LEAD);
      await fillDate('action_due_on', due);
      await manager.click('button', 'Record the decision');
      assert.equal(manager.path(), meetingPath);
      await manager.check(title);

      const reference = `${meetingDay.slice(0, 4)}/1`;
      const decision = manager.page.locator('#decisions ~ dl.govuk-summary-list').first()
        .locator('.govuk-summary-list__row').first();
      assert.equal((await decision.locator('dt').innerText()).trim(), reference);
      const said = await decision.locator('dd').innerText();
      assert.ok(said.includes(DECISION), said);
      assert.match(said, /Made action \d+ of the action plans\./);

      await manager.follow(decision.getByRole('link', { name: /^action \d+$/ }));
      assert.match(manager.path(), /^\/actions\/\d+$/);
      actionPath = manager.path();
      await manager.check(ACTION);
      const details = await manager.summary();
      assert.equal(details['Owner agency'], POLICE);
      assert.equal(details.Lead, ACTION_LEAD);
      assert.equal(details.Due, longDate(due));
      // The source's label names its kind, the body, the meeting's day and the decision.
      const sources = await manager.page.locator('h2:text-is("Sources") + ul > li').allInnerTexts();
      assert.deepEqual(sources.map((text) => text.trim()),
                       [`Meeting: ${BODY}, ${longDate(meetingDay)}, decision ${reference}`]);

      // Its source's kind is a meeting: the list of the police's actions from meetings has it.
      await manager.go(`/actions?agency=${policeId}&source=meeting`);
      await manager.check('Actions');
      assert.equal(await manager.page.locator(`main a[href="${actionPath}"]`).count(), 1,
                   'the action is among the constabulary\'s actions whose source is a meeting');
    });

    test('the draft minutes, previewed then saved', async () => {
      await manager.go(meetingPath);
      const title = `Meeting of ${longDate(meetingDay)}`;
      await manager.check(title);
      await manager.click('link', 'Write or change the draft minutes');
      assert.equal(manager.path(), `${meetingPath}/minutes`);
      const heading = `Minutes of the meeting of ${longDate(meetingDay)}`;
      await manager.check(heading);
      await manager.page.getByLabel('Minutes', { exact: true })
        .fill(`${MINUTES}\n\n- ${MINUTES_POINT}\n`);
      await manager.click('button', 'Preview');
      assert.equal(manager.path(), `${meetingPath}/minutes`);
      await manager.check(heading);
      const preview = await manager.page.locator('.govuk-inset-text').innerText();
      assert.ok(preview.includes(MINUTES), preview);
      assert.ok(preview.includes(MINUTES_POINT), preview);

      await manager.click('button', 'Save the draft minutes');
      assert.equal(manager.path(), meetingPath);
      await manager.check(title);
      assert.equal((await manager.page.locator('#minutes + p .govuk-tag').innerText()).trim(),
                   'Draft');
      const main = await manager.main();
      assert.ok(main.includes(MINUTES), main);
      assert.ok(main.includes(MINUTES_POINT), main);
    });

    test('the body, its meetings and the attendance figures', async () => {
      await manager.go(bodyPath);
      await manager.check(BODY);
      await manager.click('link', 'Meetings');
      assert.equal(manager.path(), '/governance/meetings');
      await manager.check('Meetings');
      const row = manager.page.locator('table tbody tr').filter({
        has: manager.page.locator(`a[href="${meetingPath}"]`),
      });
      assert.equal(await row.count(), 1);
      const cells = (await row.locator('th, td').allInnerTexts()).map((text) => text.trim());
      assert.ok(cells[0].startsWith(longDate(meetingDay)), cells[0]);
      assert.deepEqual(cells.slice(1), [BODY, 'Quorate', 'Draft']);

      await manager.go('/governance/attendance');
      await manager.check('Attendance at meetings');
      await fillDate('from', meetingDay);
      await fillDate('to', today);
      await manager.click('button', 'Show the period');
      assert.equal(manager.path(), '/governance/attendance');
      await manager.check('Attendance at meetings');
      assert.match(await manager.main(), new RegExp(
        `\\d+ meetings? with attendance recorded, held from ${longDate(meetingDay)} to ` +
        `${longDate(today)}\\.`));
      const figures = await rowsOf(manager.page.locator('table').filter({
        has: manager.page.locator('caption', { hasText: 'Attendance by agency and body' }),
      }));
      const board = figures.filter((cells) => cells[1] === BODY).sort();
      assert.deepEqual(board, [
        [COUNCIL, BODY, '1', '1', '0', '100%'],
        [POLICE, BODY, '1', '1', '0', '100%'],
        [HEALTH, BODY, '1', '0', '1', '100%'],
      ].sort());
    });

    // Last: a graceful stop, and nothing from the sanitizers (debug builds) in the log.
    test('the server stops cleanly on SIGTERM', async () => {
      const ended = await assure.stop();
      const log = assure.log();
      assert.deepEqual(ended, { code: 0, signal: null }, `server log:\n${log}`);
      assert.doesNotMatch(log, /AddressSanitizer|LeakSanitizer|runtime error:/, log);
    });
  });
