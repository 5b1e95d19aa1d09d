// Intake journey on a phone (360x740): a Kenyan CSO signs up, switches to Swahili, applies to
// the demo round, completes the three readiness assessments (its two junior staff confirm
// through their emailed links), submits; the programme manager accepts it with a capacity
// builder, and the CSO lead then sees the builder's name.
//
// Everything after the language switch is driven by form field names, ids, hrefs and button
// values, never by English text; texts asserted on come from locales/sw (or locales/en for the
// admin, whose account is in English).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const name = 'intake';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const PHONE = { width: 360, height: 740 };
const PASSWORD = 'datashift-demo';
const ADMIN = 'manager@demo.datashift.org';
const ROUND = 'Demo round';

// Single-line messages of a locale (enough for the texts asserted here).
function messages(locale) {
  const out = {};
  for (const file of ['common', 'accounts', 'intake', 'errors']) {
    const text = readFileSync(path.join(ROOT, 'locales', locale, `${file}.ftl`), 'utf8');
    for (const line of text.split('\n')) {
      const m = /^([a-z][a-z0-9-]*) = (.+)$/.exec(line);
      if (m) out[m[1]] = m[2].trim();
    }
  }
  return out;
}
const sw = messages('sw');
const en = messages('en');

function msg(table, key, args = {}) {
  const raw = table[key];
  assert.ok(raw, `message ${key} not found`);
  return raw.replace(/\{ \$([a-z]+) \}/g, (_, v) => {
    assert.ok(v in args, `message ${key} needs $${v}`);
    return String(args[v]);
  });
}

// A check of something once broken in the app (message keys shown instead of figures,
// emailed links naming port 0); it must hold now.
function knownBug(ok, message) {
  assert.ok(ok, `app bug: ${message}`);
}

async function assertFitsPhone(p, where) {
  const { scrollWidth, clientWidth } = await p.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  assert.ok(
    scrollWidth <= PHONE.width,
    `${where}: page scrolls horizontally on a ${PHONE.width} px phone (scrollWidth ${scrollWidth}, clientWidth ${clientWidth})`,
  );
}

// Every language button of the header switcher can be read: its text colour differs from
// its background (the current language is highlighted, the others are plain).
async function assertSwitcherLegible(p, where) {
  const buttons = await p.locator('form.languages button[name=lang]').evaluateAll((bs) =>
    bs.map((b) => {
      const s = getComputedStyle(b);
      const r = b.getBoundingClientRect();
      return { lang: b.value, text: b.innerText.trim(), color: s.color, background: s.backgroundColor, right: r.right };
    }),
  );
  assert.deepEqual(buttons.map((b) => b.lang).sort(), ['en', 'es', 'ne', 'sw'], `${where}: language buttons`);
  for (const b of buttons) {
    assert.ok(b.text !== '', `${where}: the ${b.lang} language button has no text`);
    assert.notEqual(b.color, b.background, `${where}: the ${b.lang} language button is unreadable (text ${b.color} on ${b.background})`);
    assert.ok(b.right <= PHONE.width, `${where}: the ${b.lang} language button is cut off (right edge ${b.right})`);
  }
}

async function assertLang(p, code, where) {
  const lang = await p.evaluate(() => document.documentElement.getAttribute('lang'));
  assert.equal(lang, code, `${where}: <html lang> is ${JSON.stringify(lang)}, expected ${code}`);
}

async function h1(p) {
  return (await p.locator('h1').first().innerText()).trim();
}

async function expectStatus(response, expected, what) {
  assert.ok(response, `${what}: no response`);
  assert.equal(response.status(), expected, `${what}: HTTP ${response.status()}, expected ${expected}`);
}

// Submits a form by clicking a button and waits for the page that follows.
async function submitAndWait(p, button) {
  await Promise.all([p.waitForNavigation({ waitUntil: 'load' }), button.click()]);
}

async function newPhoneContext(browser) {
  const context = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true, deviceScaleFactor: 1 });
  context.setDefaultTimeout(15_000);
  context.setDefaultNavigationTimeout(15_000);
  return context;
}

async function logIn(p, baseUrl, email) {
  await p.goto(`${baseUrl}/login`);
  await p.fill('input[name=email]', email);
  await p.fill('input[name=password]', PASSWORD);
  await submitAndWait(p, p.locator('form[action="/login"] button[type=submit]'));
  // Logged in: the header offers the logout button instead of the login link.
  await p.locator('form[action="/logout"] button[type=submit]').waitFor({ state: 'visible' });
}

export async function run({ page, baseUrl, shot, browser }) {
  await page.setViewportSize(PHONE);
  let shotDir = null;
  let lastShot = '00';
  let extra = 0;
  // A screenshot of the CSO lead's page (the harness page), after checking it fits the phone.
  const leadShot = async (label) => {
    await assertFitsPhone(page, label);
    await assertSwitcherLegible(page, label);
    const file = await shot(label);
    shotDir = path.dirname(file);
    lastShot = path.basename(file).slice(0, 2);
    extra = 0;
    return file;
  };
  // A screenshot of another person's page, filed after the lead's last one.
  const otherShot = async (p, label) => {
    await assertFitsPhone(p, label);
    await assertSwitcherLegible(p, label);
    extra += 1;
    const file = path.join(shotDir, `${lastShot}${String.fromCharCode(96 + extra)}-${label}.png`);
    await p.screenshot({ path: file, fullPage: true });
    return file;
  };

  const unique = `${Date.now()}-${Math.floor(Math.random() * 1e6)}`;
  const org = `Haki Data Mombasa ${unique}`;
  const lead = { name: 'Amani Mwangi', email: `amani.${unique}@haki-data.example.org` };
  const juniors = [
    { name: 'Zawadi Achieng', email: `zawadi.${unique}@haki-data.example.org`, percent: 100 },
    { name: 'Baraka Njoroge', email: `baraka.${unique}@haki-data.example.org`, percent: 80 },
  ];

  // 1. Sign-up ------------------------------------------------------------------------------
  await expectStatus(await page.goto(`${baseUrl}/signup`), 200, 'GET /signup');
  await page.fill('#organisation', org);
  await page.selectOption('#country', 'KE');
  await page.fill('#name', lead.name);
  await page.fill('#email', lead.email);
  await page.fill('#password', 'mvua-inanyesha-leo-2025');
  await page.fill('#password_again', 'mvua-inanyesha-leo-2025');
  await leadShot('signup-filled');
  await submitAndWait(page, page.locator('form[action="/signup"] button[type=submit]'));
  assert.equal(new URL(page.url()).pathname, '/applications', `after sign-up landed on ${page.url()}`);
  await page.locator('form[action="/logout"]').waitFor({ state: 'visible' });
  const logout = await page.locator('form[action="/logout"] button').innerText();
  assert.ok(logout.includes(lead.name), `the header does not name the lead: ${JSON.stringify(logout)}`);
  // The demo round is offered to this Kenyan CSO.
  const roundCard = page.locator('div.card', { has: page.locator('form[action="/applications"]') }).filter({ hasText: ROUND });
  await roundCard.waitFor({ state: 'visible' });
  await leadShot('signed-up-applications');

  // 2. Language switch to Swahili -----------------------------------------------------------
  await submitAndWait(page, page.locator('form.languages button[name=lang][value=sw]'));
  assert.equal(new URL(page.url()).pathname, '/applications', `the language switch went to ${page.url()}`);
  await assertLang(page, 'sw', 'after switching to Swahili');
  assert.equal(await h1(page), sw['applications-title'], 'the applications page title is not in Swahili');
  await page.getByText(sw['applications-none'], { exact: true }).waitFor({ state: 'visible' });
  assert.equal(await page.locator('form.languages button[value=sw]').getAttribute('aria-current'), 'true', 'Swahili is not marked current');
  assert.equal(
    (await page.locator('header nav a[href="/applications"]').innerText()).trim(),
    sw['nav-applications'],
    'the navigation is not in Swahili',
  );
  await leadShot('swahili-applications');

  // 3. Apply and fill the training-fit self-assessment ---------------------------------------
  const applyButton = roundCard.locator('button[type=submit]');
  assert.equal((await applyButton.innerText()).trim(), sw['applications-apply']);
  await submitAndWait(page, applyButton);
  const appMatch = /^\/applications\/([^/#?]+)$/.exec(new URL(page.url()).pathname);
  assert.ok(appMatch, `applying did not open the application page (at ${page.url()})`);
  const appId = appMatch[1];
  const appUrl = `${baseUrl}/applications/${appId}`;
  await assertLang(page, 'sw', 'application page');
  assert.equal(await h1(page), org, 'the application page does not show the organisation');
  assert.equal(
    (await page.locator('main > p > span.status').innerText()).trim(),
    sw['application-status-draft'],
    'a new application is not a draft',
  );
  for (const slug of ['fit', 'staff', 'capacity']) {
    const status = page.locator(`#assessment-${slug} span.status`);
    assert.equal(await status.getAttribute('class'), 'status not-started', `${slug} should not be started yet`);
    assert.equal((await status.innerText()).trim(), sw['readiness-not-started']);
  }
  // No submit button while the assessments are incomplete.
  assert.equal(await page.locator(`form[action="/applications/${appId}/submit"]`).count(), 0, 'submit offered too early');
  await leadShot('application-new');

  await submitAndWait(page, page.locator(`#assessment-fit a[href="/applications/${appId}/fit"]`));
  assert.equal(await h1(page), sw['assessment-fit']);
  await page.fill(
    'textarea[name=campaign]',
    'We campaign for safe drinking water in Mombasa informal settlements. We ask the county government to repair broken public taps and to publish a maintenance schedule before the dry season begins.',
  );
  await page.check('input[name=campaign_stage][value=running]');
  await page.fill(
    'textarea[name=decision_makers]',
    'The Mombasa county executive for water and the ward representatives of Kisauni and Likoni, who approve the annual repair budget.',
  );
  await page.fill(
    'textarea[name=long_term_goals]',
    'Within five years every household in our wards should have safe water within two hundred metres of home. Residents should monitor the service themselves and report failures publicly.',
  );
  await page.fill(
    'textarea[name=data_use]',
    'A survey of every public tap would show which ones are broken and how many families depend on each. We would present the map to the county assembly during the budget hearings.',
  );
  await page.check('input[name=data_experience][value=some]');
  await page.check('input[name=commitment][value=two_staff_three_quarters]');
  await leadShot('fit-filled');
  await submitAndWait(page, page.locator(`form[action="/applications/${appId}/fit"] button[type=submit]`));
  assert.equal(new URL(page.url()).pathname, `/applications/${appId}`, `saving the fit went to ${page.url()}`);
  assert.equal(await page.locator('#assessment-fit span.status').getAttribute('class'), 'status passed', 'the fit assessment did not pass');
  const verdict = (await page.locator('main > p', { has: page.locator('strong') }).innerText()).trim();
  assert.equal(verdict, `${sw['assessment-fit']}: ${sw['fit-verdict-good']}`, 'the fit verdict is not "good fit"');
  await page.locator('#assessment-fit').getByText(sw['fit-reason-campaign-clear']).waitFor({ state: 'visible' });
  await leadShot('fit-passed');

  // 4. Staff availability: approve, name two juniors -----------------------------------------
  await submitAndWait(page, page.locator(`#assessment-staff a[href="/applications/${appId}/staff"]`));
  assert.equal(await h1(page), sw['assessment-staff']);
  await leadShot('staff-before');
  await submitAndWait(page, page.locator(`form[action="/applications/${appId}/staff/approve"] button[type=submit]`));
  await page.getByText(sw['staff-senior-approved'], { exact: true }).waitFor({ state: 'visible' });
  assert.equal(await page.locator(`form[action="/applications/${appId}/staff/approve"]`).count(), 0, 'approve button still shown');
  await page.fill('input[name=junior1_name]', juniors[0].name);
  await page.fill('input[name=junior1_email]', juniors[0].email);
  await page.fill('input[name=junior2_name]', juniors[1].name);
  await page.fill('input[name=junior2_email]', juniors[1].email);
  await submitAndWait(page, page.locator(`form[action="/applications/${appId}/staff/juniors"] button[type=submit]`));
  assert.equal(new URL(page.url()).pathname, `/applications/${appId}/staff`, `saving the juniors went to ${page.url()}`);
  assert.equal(await page.locator('.error, .alert').count(), 0, 'the juniors form shows errors');
  for (const j of juniors) {
    const item = page.locator('section.card li', { hasText: j.email });
    await item.waitFor({ state: 'visible' });
    const text = await item.innerText();
    assert.ok(text.includes(j.name), `junior ${j.name} not listed: ${text}`);
    assert.ok(text.includes(sw['staff-junior-waiting']), `junior ${j.name} is not waiting: ${text}`);
  }
  await leadShot('staff-juniors-named');

  // 5. Virtual training capacity: connection check and skills --------------------------------
  await page.goto(appUrl);
  assert.equal(await page.locator('#assessment-staff span.status').getAttribute('class'), 'status in-progress');
  await submitAndWait(page, page.locator(`#assessment-capacity a[href="/applications/${appId}/capacity"]`));
  assert.equal(await h1(page), sw['assessment-capacity']);
  const start = page.locator('#start-check');
  await start.waitFor({ state: 'visible' });
  assert.equal((await start.innerText()).trim(), sw['capacity-start']);
  const save = page.locator('#save-check');
  // Nothing measured yet, so nothing to save.
  assert.equal(await save.getAttribute('hidden'), '', 'the save button is not marked hidden before the check');
  assert.ok(
    !(await save.isVisible()),
    `the save button (#save-check) is shown before the check ran (its [hidden] attribute is overridden: display ${await save.evaluate((b) => getComputedStyle(b).display)})`,
  );
  await start.click();
  await save.waitFor({ state: 'visible', timeout: 60_000 });
  assert.equal(await page.locator('#check-progress').evaluate((b) => b.value), 100, 'the check did not run to the end');
  const figures = (await page.locator('#check-status').innerText()).trim();
  assert.ok(![sw['capacity-running'], sw['capacity-failed']].includes(figures), `the check did not finish: ${figures}`);
  knownBug(
    /\d/.test(figures),
    `the connection check's result line shows no figures, only message keys: ${JSON.stringify(figures)} ` +
      '(capacity.html renders data-latency/data-download/data-upload with ctx.t() and no $value, which the i18n layer reports as a missing translation and replaces by the key)',
  );
  for (const field of ['latency_ms', 'download_kbps', 'upload_kbps']) {
    const v = await page.locator(`#connection-check input[name=${field}]`).inputValue();
    assert.ok(/^\d+$/.test(v), `measured ${field} is not a number: ${JSON.stringify(v)}`);
  }
  await leadShot('capacity-measured');
  await submitAndWait(page, save);
  assert.equal(new URL(page.url()).pathname, `/applications/${appId}`, `saving the measurement went to ${page.url()}`);
  // Measured, skills still missing.
  assert.equal(await page.locator('#assessment-capacity span.status').getAttribute('class'), 'status in-progress');
  await submitAndWait(page, page.locator(`#assessment-capacity a[href="/applications/${appId}/capacity"]`));
  await page.locator('#connection p.notice').waitFor({ state: 'visible' });
  const skills = page.locator('#skills input[type=checkbox][name=skill]');
  assert.equal(await skills.count(), 4, 'expected four skill checkboxes');
  for (let i = 0; i < 4; i += 1) await skills.nth(i).check();
  await submitAndWait(page, page.locator(`form[action="/applications/${appId}/capacity/skills"] button[type=submit]`));
  assert.equal(new URL(page.url()).pathname, `/applications/${appId}/capacity`);
  for (let i = 0; i < 4; i += 1) assert.ok(await skills.nth(i).isChecked(), `skill ${i + 1} was not kept`);
  await leadShot('capacity-skills-saved');
  await page.goto(appUrl);
  assert.equal(await page.locator('#assessment-capacity span.status').getAttribute('class'), 'status passed', 'capacity did not pass');
  await page.locator('#assessment-capacity').getByText(sw['capacity-reason-skills']).waitFor({ state: 'visible' });
  assert.equal(await page.locator(`form[action="/applications/${appId}/submit"]`).count(), 0, 'submit offered before the juniors confirmed');
  await page.getByText(sw['submit-blocked-staff'], { exact: true }).waitFor({ state: 'visible' });
  await leadShot('application-waiting-for-juniors');

  // 6. The juniors confirm through the links in their emails ----------------------------------
  const adminContext = await newPhoneContext(browser);
  try {
    const admin = await adminContext.newPage();
    await logIn(admin, baseUrl, ADMIN);
    await expectStatus(await admin.goto(`${baseUrl}/admin/outbox`), 200, 'GET /admin/outbox');
    const links = [];
    for (const j of juniors) {
      const mails = admin.locator('article.card', { has: admin.locator('dd', { hasText: j.email }) });
      assert.equal(await mails.count(), 1, `expected one email to ${j.email} in the outbox`);
      const body = await mails.locator('pre.email').innerText();
      const m = /(\S*)\/confirm\/([A-Za-z0-9_-]+)/.exec(body);
      assert.ok(m, `no /confirm/ link in the email to ${j.email}: ${body}`);
      knownBug(
        m[1] === baseUrl,
        `the emailed link points to ${m[1]}/confirm/…, not to the server at ${baseUrl} ` +
          '(the default base URL is built from --bind before the port is chosen, so --bind 127.0.0.1:0 yields http://127.0.0.1:0)',
      );
      assert.ok(body.includes(j.name), `the email to ${j.email} does not greet ${j.name}`);
      links.push(`${baseUrl}/confirm/${m[2]}`);
    }
    assert.notEqual(links[0], links[1], 'both juniors got the same link');
    await otherShot(admin, 'admin-outbox');

    for (const [i, j] of juniors.entries()) {
      const context = await newPhoneContext(browser);
      try {
        const p = await context.newPage();
        await expectStatus(await p.goto(links[i]), 200, `GET the confirmation link of ${j.name}`);
        // The junior arrives without an account; the page greets them and names the CSO.
        const intro = await p.locator('main > p').first().innerText();
        assert.ok(intro.includes(j.name) && intro.includes(org), `the confirmation page does not name ${j.name} and ${org}: ${intro}`);
        await p.fill('input[name=percent]', String(j.percent));
        if (i === 0) await otherShot(p, 'junior-confirm-form');
        await submitAndWait(p, p.locator('form[action^="/confirm/"] button[type=submit]'));
        const notice = p.locator('p.notice[role=status]');
        await notice.waitFor({ state: 'visible' });
        const noticeText = await notice.innerText();
        assert.ok(noticeText.includes(`${j.percent}`), `the confirmation does not repeat ${j.percent}%: ${noticeText}`);
        assert.equal(await p.locator('input[name=percent]').inputValue(), String(j.percent));
        await otherShot(p, `junior-${i + 1}-confirmed`);
      } finally {
        await context.close();
      }
    }

    // 7. Back as the CSO lead: all three passed; submit --------------------------------------
    await expectStatus(await page.goto(appUrl), 200, 'GET the application');
    await assertLang(page, 'sw', 'application page after the juniors');
    assert.equal(await page.locator('span.status.passed').count(), 3, 'not all three assessments passed');
    for (const slug of ['fit', 'staff', 'capacity']) {
      assert.equal(await page.locator(`#assessment-${slug} span.status`).getAttribute('class'), 'status passed', `${slug} did not pass`);
    }
    const staffText = await page.locator('#assessment-staff').innerText();
    for (const j of juniors) {
      assert.ok(staffText.includes(msg(sw, 'staff-reason-junior-confirmed', { name: j.name, percent: j.percent })), `junior ${j.name} not confirmed: ${staffText}`);
    }
    await page.getByText(sw['submit-ready'], { exact: true }).waitFor({ state: 'visible' });
    const submit = page.locator(`form[action="/applications/${appId}/submit"] button[type=submit]`);
    await submit.waitFor({ state: 'visible' });
    await leadShot('application-ready');
    await submitAndWait(page, submit);
    assert.equal(new URL(page.url()).pathname, `/applications/${appId}`);
    assert.equal((await page.locator('main > p > span.status').innerText()).trim(), sw['application-status-submitted']);
    await page.getByText(sw['application-submitted'], { exact: true }).waitFor({ state: 'visible' });
    assert.equal(await page.locator(`form[action="/applications/${appId}/submit"]`).count(), 0, 'submit still offered');
    assert.equal(await page.locator(`#assessment-fit a[href="/applications/${appId}/fit"]`).count(), 0, 'a submitted application is still editable');
    await leadShot('application-submitted');

    // 8. The programme manager accepts it with a capacity builder -------------------------------
    await expectStatus(await admin.goto(`${baseUrl}/admin/applications`), 200, 'GET /admin/applications');
    const queued = admin.locator('article.card', { has: admin.locator(`a[href="/applications/${appId}"]`) });
    await queued.waitFor({ state: 'visible' });
    assert.equal(await queued.locator('span.status.passed').count(), 3, 'the review queue does not show three passed assessments');
    await otherShot(admin, 'admin-review-queue');
    await submitAndWait(admin, queued.locator(`a[href="/applications/${appId}"]`));
    assert.equal(await h1(admin), org);
    const builderSelect = admin.locator('select[name=builder]');
    const options = await builderSelect.locator('option').evaluateAll((os) => os.map((o) => ({ value: o.value, text: o.textContent.trim() })));
    assert.ok(options.length >= 2, `expected the two demo builders, got ${JSON.stringify(options)}`);
    const builder = options.find((o) => o.text === 'Joseph Otieno') || options[0];
    await builderSelect.selectOption(builder.value);
    const startDate = await admin.locator('input[name=training_starts_on]').inputValue();
    assert.ok(/^\d{4}-\d{2}-\d{2}$/.test(startDate), `no default start date: ${JSON.stringify(startDate)}`);
    await otherShot(admin, 'admin-decision');
    await submitAndWait(admin, admin.locator('button[name=decision][value=accept]'));
    assert.equal(new URL(admin.url()).pathname, `/applications/${appId}`);
    assert.equal(await admin.locator('.alert').count(), 0, 'the decision was refused');
    assert.equal((await admin.locator('main > p > span.status').innerText()).trim(), en['application-status-accepted']);
    await admin.getByText(msg(en, 'application-builder', { name: builder.text }), { exact: true }).waitFor({ state: 'visible' });
    assert.equal(await admin.locator('button[name=decision]').count(), 0, 'the decision form is still offered');
    await otherShot(admin, 'admin-accepted');
    await expectStatus(await admin.goto(`${baseUrl}/admin/applications`), 200, 'GET /admin/applications');
    const decided = admin.locator('li', { has: admin.locator(`a[href="/applications/${appId}"]`) });
    assert.ok((await decided.innerText()).includes(en['application-status-accepted']), 'not listed as accepted');

    // The CSO lead reloads and sees the decision and the builder, in Swahili.
    await page.reload();
    await assertLang(page, 'sw', 'application page after the decision');
    assert.equal((await page.locator('main > p > span.status').innerText()).trim(), sw['application-status-accepted']);
    await page.getByText(sw['application-accepted'], { exact: true }).waitFor({ state: 'visible' });
    await page.getByText(msg(sw, 'application-builder', { name: builder.text }), { exact: true }).waitFor({ state: 'visible' });
    const notice = await page.locator('main div.notice').innerText();
    assert.ok(notice.includes(builder.text), `the builder's name is not shown: ${notice}`);
    await leadShot('application-accepted');
  } finally {
    await adminContext.close();
  }
}
