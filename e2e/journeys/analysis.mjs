// Analysis journey against the real server: a CSO lead (demo data) whose two devices sent
// twelve submissions of the demo survey opens the form's data on a phone, filters by device,
// splits the summaries by village, cross-tabulates village against "water flowing", downloads
// a chart (SVG) and an export (CSV), and checks what the files hold.
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';

export const name = 'analysis';

const LEAD = 'wanjiru@majisafi.demo.datashift.org';
const PASSWORD = 'datashift-demo';

// Twelve visits: village, water flowing, days dry or price, comment.
const VISITS = [
  ['lindi', 'yes', 20, 'Long queue'], ['lindi', 'yes', 25, ''], ['lindi', 'no', 3, 'Pipe broken'],
  ['lindi', 'no', 10, ''], ['makina', 'yes', 15, 'Clean'], ['makina', 'no', 30, 'Dry since the rains'],
  ['makina', 'yes', 20, ''], ['kianda', 'yes', 10, 'Clean'], ['kianda', 'no', 2, ''],
  ['kianda', 'yes', 30, 'Too expensive'], ['lindi', 'yes', 20, ''], ['makina', 'no', 7, 'Pipe broken'],
];

function visit(n, [village, working, number, comment]) {
  const answer = working === 'yes' ? `<days_dry/><price>${number}</price>` : `<days_dry>${number}</days_dry><price/>`;
  return `<?xml version="1.0"?><data id="demo_water_points" version="1"><start>2026-11-30T08:00:00Z</start>`
    + `<end>2026-11-30T08:05:00Z</end><point_name>Tap ${n}</point_name><village>${village}</village>`
    + `<working>${working}</working>${answer}<location>-1.31 36.78 1650 5</location><photo/>`
    + `<comments>${comment}</comments><meta><instanceID>uuid:analysis-${n}</instanceID></meta></data>`;
}

async function device(page, baseUrl, label) {
  await page.goto(`${baseUrl}/collectors`);
  await page.fill('#name', label);
  await page.locator('form[action="/collectors"] button[type=submit]').click();
  await page.waitForSelector('#server-url');
  const url = (await page.locator('#server-url').textContent()).trim();
  return url.replace(/^https?:\/\/[^/]+/, baseUrl);
}

export async function run({ page, baseUrl, shot }) {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(`${baseUrl}/login`);
  await page.fill('input[name=email]', LEAD);
  await page.fill('input[name=password]', PASSWORD);
  await Promise.all([page.waitForNavigation(), page.locator('form[action="/login"] button[type=submit]').click()]);

  // Two devices send the visits as ODK Collect does: eight from one, four from the other.
  const first = await device(page, baseUrl, 'Amina phone');
  const second = await device(page, baseUrl, 'Juma phone');
  for (const [n, v] of VISITS.entries()) {
    const response = await page.request.post(`${n < 8 ? first : second}/submission`, {
      headers: { 'X-OpenRosa-Version': '1.0' },
      multipart: { xml_submission_file: { name: 'submission.xml', mimeType: 'text/xml', buffer: Buffer.from(visit(n, v)) } },
    });
    assert.equal(response.status(), 201, await response.text());
  }

  // The data page: every question summarised, with a chart each.
  await page.goto(`${baseUrl}/forms`);
  await page.getByRole('link', { name: 'Water points check' }).click();
  await page.getByRole('link', { name: 'Data: summaries of every question' }).click();
  await page.waitForSelector('#submission-count');
  assert.match(await page.locator('#submission-count').textContent(), /12 submissions/);
  assert.ok(await page.locator('figure.chart svg[role=img]').count() >= 3, 'charts on the data page');
  await shot('data-page');

  // Filter by device and split by village.
  await page.locator('details.card summary').first().click();
  await page.selectOption('#filter-collector', { label: 'Juma phone' });
  await page.selectOption('#split-by', { label: 'Village' });
  await Promise.all([page.waitForNavigation(), page.locator('#filters button[type=submit]').click()]);
  assert.match(await page.locator('#submission-count').textContent(), /4 submissions/);
  assert.match(await page.locator('#split-note').textContent(), /Village/);
  await shot('filtered-and-split');

  // Cross-tabulate village against water flowing, over every device.
  await page.goto(page.url().replace(/\/data\?.*$/, '/data/crosstab'));
  await page.selectOption('#crosstab-rows', { label: 'Village' });
  await page.selectOption('#crosstab-columns', { label: 'Is water flowing today?' });
  await Promise.all([page.waitForNavigation(), page.locator('#crosstab-form button[type=submit]').click()]);
  await page.waitForSelector('#crosstab-table');
  // Lindi: 3 flowing, 2 not (counted by hand from VISITS).
  const lindi = page.locator('#crosstab-table tbody tr', { hasText: 'Lindi' });
  assert.deepEqual(await lindi.locator('td[data-count]').evaluateAll((tds) => tds.map((td) => td.dataset.count)), ['3', '2']);
  await shot('crosstab');

  // The cross-tab's chart as SVG, for a campaign poster.
  const [chart] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'SVG' }).first().click()]);
  const svg = await fs.readFile(await chart.path(), 'utf8');
  assert.match(svg, /^<svg[^>]*role="img"/);
  assert.match(svg, /<title[^>]*>[^<]*Village/);

  // The export page: CSV with labels.
  await page.goto(page.url().replace(/\/data\/crosstab.*$/, '/data/export'));
  await page.check('input[name=format][value=csv]');
  await page.check('input[name=values][value=labels]');
  await shot('export-page');
  const [exported] = await Promise.all([page.waitForEvent('download'), page.locator('button[name=download]').click()]);
  const csv = (await fs.readFile(await exported.path(), 'utf8')).replace(/^\uFEFF/, '');
  const lines = csv.trim().split(/\r?\n/);
  assert.equal(lines.length, 13, 'a header and twelve submissions');
  assert.match(lines[0], /Village/);
  assert.equal(lines.filter((l) => l.includes('Kianda')).length, 3);
}
