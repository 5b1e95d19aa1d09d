// Data collection journey against the real server: a CSO lead (demo data) opens the demo
// survey's web link on a phone, fills and submits it; then goes offline, fills two more,
// reloads (the service worker serves the page), comes back online, and both arrive once.
// A device is added on the way and its QR code is shown. First a new XLSForm is previewed
// before publishing: its rules are checked, nothing is sent or published.
import assert from 'node:assert/strict';

export const name = 'collect';

const LEAD = 'wanjiru@majisafi.demo.datashift.org';
const PASSWORD = 'datashift-demo';

async function waitFor(what, check, timeoutMs = 20000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function submissionCount(page, baseUrl) {
  const html = await (await page.request.get(`${baseUrl}/forms`)).text();
  const m = html.match(/(one|\d+) pilot submissions?/);
  if (!m) throw new Error('no pilot count on the forms page');
  return m[1] === 'one' ? 1 : Number(m[1]);
}

export async function run({ page, baseUrl, shot, browser }) {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(`${baseUrl}/login`);
  await page.fill('input[name=email]', LEAD);
  await page.fill('input[name=password]', PASSWORD);
  await Promise.all([page.waitForNavigation(), page.locator('form[action="/login"] button[type=submit]').click()]);

  // Before publishing, a new XLSForm is previewed: filled in and checked, nothing sent.
  await page.goto(`${baseUrl}/forms`);
  const xlsform = [
    'survey,,,,,',
    ',type,name,label,required,constraint',
    ',text,visitor,Visitor,yes,',
    ',integer,age,Age,,. >= 0',
    'settings,,,,,',
    ',form_id,form_title,,,',
    ',preview_check,Preview check,,,',
  ].join('\n');
  await page.setInputFiles('#file', { name: 'preview_check.csv', mimeType: 'text/csv', buffer: Buffer.from(xlsform) });
  const [preview] = await Promise.all([
    page.context().waitForEvent('page'),
    page.locator('button[formaction^="/forms/preview"]').click(),
  ]);
  await preview.waitForSelector('#preview-notice');
  const field = (path) => preview.locator(`[data-path="${path}"]`).first();
  await field('/data/visitor').locator('input').fill('Neema');
  await field('/data/age').locator('input').fill('-3');
  // Submit pressed straight from the field: the press is not lost to the field's problem
  // appearing (and moving the button) as the field loses focus.
  await preview.locator('.wf-submit').click();
  await waitFor('the rules checked', async () => /wf-error/.test(await preview.locator('.wf-status').getAttribute('class')));
  await waitFor('the problem shown', async () => /not allowed/.test(await field('/data/age').textContent()));
  // Leaving a field shows its problem at once.
  await field('/data/age').locator('input').fill('-4');
  await field('/data/age').locator('input').press('Tab');
  await waitFor('the problem shown on leaving', async () => /not allowed/.test(await field('/data/age').textContent()));
  await field('/data/age').locator('input').fill('31');
  await preview.locator('.wf-submit').click();
  await waitFor('the preview passed', async () => /Nothing was sent/.test(await preview.locator('.wf-status').textContent()));
  await shot('form-preview', preview);
  assert.equal(await preview.locator('.wf-waiting').count(), 0, 'nothing queued');
  await preview.close();
  assert.doesNotMatch(await (await page.request.get(`${baseUrl}/forms`)).text(), /Preview check/, 'nothing published');

  // The forms page lists the demo survey in pilot mode.
  await page.goto(`${baseUrl}/forms`);
  await page.getByRole('link', { name: 'Water points check' }).click();
  await page.waitForSelector('#web-link');
  await shot('form-page');
  const webLink = (await page.locator('#web-link').getAttribute('href')).replace(/^https?:\/\/[^/]+/, baseUrl);
  assert.equal(await submissionCount(page, baseUrl), 0);

  // A device: the QR code ODK Collect scans.
  await page.goto(`${baseUrl}/collectors`);
  await page.fill('#name', "Amina's phone");
  await page.locator('form[action="/collectors"] button[type=submit]').click();
  await page.waitForSelector('figure.qr svg');
  assert.match(await page.locator('#server-url').textContent(), /\/key\/[0-9a-f]{64}$/);
  await shot('device-qr');

  // An enumerator's phone: a separate browser context without the lead's session.
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'sw' });
  const phone = await context.newPage();
  await phone.goto(webLink);
  await phone.waitForSelector('form [data-path="/data/point_name"]');
  await waitFor('the service worker', () => phone.evaluate(() => navigator.serviceWorker.controller !== null || navigator.serviceWorker.ready.then(() => true)));
  const q = (path) => phone.locator(`[data-path="${path}"]`).first();

  async function fill(pointName, working) {
    await q('/data/point_name').locator('input').fill(pointName);
    await q('/data/village').locator('select').selectOption('makina');
    await q('/data/working').locator(`input[value="${working}"]`).check();
    if (working === 'no') await q('/data/days_dry').locator('input').fill('4');
    else await q('/data/price').locator('input').fill('30');
  }

  // Relevance and the calculated note follow the answers.
  await q('/data/working').locator('input[value="yes"]').check();
  assert.equal(await q('/data/days_dry').isVisible(), false);
  await q('/data/price').locator('input').fill('30');
  await q('/data/price').locator('input').dispatchEvent('change');
  await waitFor('the expensive note', () => q('/data/expensive_note').isVisible());
  await fill('Kiosk 4', 'yes');
  await shot('phone-filled', phone);
  await phone.locator('.wf-submit').click();
  await waitFor('the first submission on the server', async () => (await submissionCount(page, baseUrl)) === 1);
  await shot('phone-sent', phone);

  // Offline: two more are kept on the phone, and survive a reload.
  await context.setOffline(true);
  await fill('Tap 7', 'no');
  await phone.locator('.wf-submit').click();
  // The form is cleared once the submission is queued: fill the next one after that, not
  // while the clearing is still to come (it would empty the next one's answers).
  await waitFor('one waiting', async () => (await phone.locator('.wf-waiting').count()) === 1);
  await waitFor('a cleared form', async () => (await q('/data/point_name').locator('input').inputValue()) === '');
  await fill('Borehole 2', 'yes');
  await phone.locator('.wf-submit').click();
  await waitFor('two waiting', async () => /2/.test(await phone.locator('.wf-queue').textContent()));
  await phone.reload();
  await phone.waitForSelector('form [data-path="/data/point_name"]');
  await waitFor('two still waiting after the reload', async () => /2/.test(await phone.locator('.wf-queue').textContent()));
  await shot('phone-offline-two-waiting', phone);
  assert.equal(await submissionCount(page, baseUrl), 1);

  // Back online: both arrive, once each.
  await context.setOffline(false);
  await waitFor('both queued submissions on the server', async () => (await submissionCount(page, baseUrl)) === 3, 45000);
  await waitFor('an empty queue', async () => !/\d/.test(await phone.locator('.wf-queue').textContent()));
  await phone.waitForTimeout(1500);
  assert.equal(await submissionCount(page, baseUrl), 3);
  await shot('phone-all-sent', phone);
  await context.close();

  // Review: the lead opens the table, then a submission, and edits it in the same web form;
  // the edit replaces it in the table and the history keeps both versions.
  await page.goto(`${baseUrl}/forms`);
  await page.getByRole('link', { name: 'Water points check' }).click();
  await page.getByRole('link', { name: 'See the submissions' }).click();
  await page.waitForSelector('#submissions');
  const tablePath = new URL(page.url()).pathname;
  await shot('submissions-table');
  const tableText = await page.locator('#submissions').textContent();
  for (const point of ['Kiosk 4', 'Tap 7', 'Borehole 2']) assert.ok(tableText.includes(point), `${point} not in the table`);
  await page.locator('#submissions tbody tr', { hasText: 'Tap 7' }).locator('a').first().click();
  await page.waitForSelector('a:has-text("Edit")');
  await shot('submission-detail');
  await page.getByRole('link', { name: 'Edit' }).click();
  await page.waitForSelector('form [data-path="/data/point_name"]');
  const name = page.locator('[data-path="/data/point_name"] input').first();
  await waitFor('the submission loaded into the form', async () => (await name.inputValue()) === 'Tap 7');
  await name.fill('Tap 7 (repaired)');
  await page.locator('.wf-submit').click();
  await waitFor('the edit on the server', async () => {
    const html = await (await page.request.get(`${baseUrl}${tablePath}`)).text();
    return html.includes('Tap 7 (repaired)');
  });
  await page.goto(`${baseUrl}${tablePath}`);
  const after = await page.locator('#submissions').textContent();
  assert.ok(!/Tap 7(?! \(repaired\))/.test(after), 'the edited version still shows as its own row');
  assert.equal(await submissionCount(page, baseUrl), 3, 'an edit replaces, it does not add');
  await page.locator('#submissions tbody tr', { hasText: 'Tap 7 (repaired)' }).locator('a').first().click();
  await page.waitForSelector('#versions');
  assert.equal(await page.locator('#versions li').count(), 2, 'the history keeps both versions');
  await shot('submission-edited-history');
}
