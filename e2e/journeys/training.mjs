// The two weeks, day 2, on a phone: a junior staff member of a demo CSO in training opens
// today's page, goes to the SMART objective, writes one that fails two automatic checks (no
// number to reach, a deadline in the past), fixes it and submits it; the capacity builder asks
// for a change; the junior changes it and submits again; the builder accepts it.
import assert from 'node:assert/strict';

export const name = 'training';

const JUNIOR = 'kevin@hakidata.demo.datashift.org';
const BUILDER = 'lucia@demo.datashift.org';
const PASSWORD = 'datashift-demo';

async function login(page, baseUrl, email) {
  await page.goto(`${baseUrl}/login`);
  await page.fill('input[name=email]', email);
  await page.fill('input[name=password]', PASSWORD);
  await Promise.all([page.waitForNavigation(), page.locator('form[action="/login"] button[type=submit]').click()]);
}

function isoDay(offsetDays) {
  const d = new Date(Date.now() + offsetDays * 86400000);
  return d.toISOString().slice(0, 10);
}

export async function run({ page, baseUrl, shot, browser }) {
  await page.setViewportSize({ width: 360, height: 740 });
  await login(page, baseUrl, JUNIOR);

  // Today: the engagement's page, with the day of the two weeks and its tasks.
  await page.goto(`${baseUrl}/engagements`);
  await page.waitForSelector('#day-title');
  const heading = await page.locator('#day-title').textContent();
  assert.match(heading, /Day 2 of 10|Weekend: day 3 comes next/);
  await shot('today');
  const engagementUrl = page.url();

  // The SMART objective, from the plan's task (today's or one still to do).
  await page.locator('a[href$="/deliverables/smart_objective"]').first().click();
  await page.waitForSelector('#specific');
  await page.fill('#specific', 'Broken public taps in Kisauni ward are repaired');
  await page.fill('#measurable', 'More public taps work');
  await page.fill('#achievable', 'The county has a repair budget; we bring the list of broken taps');
  await page.fill('#relevant', 'It is the goal of our campaign plan: the county repairs every broken tap');
  await page.fill('#time_bound', 'Before the dry season');
  await page.fill('#unit', 'working taps');
  await page.fill('#baseline', '12');
  await page.fill('#who', 'The county water officer of Mombasa');
  await page.fill('#deadline', isoDay(-3));
  await Promise.all([page.waitForNavigation(), page.locator('button[formaction$="/submit"]').click()]);
  // Two checks fail, each beside its field, in plain words; nothing is submitted.
  await page.waitForSelector('#target[aria-invalid=true]');
  assert.equal(await page.locator('#deadline[aria-invalid=true]').count(), 1);
  assert.match(await page.content(), /There is no number to reach yet/);
  assert.match(await page.content(), /The deadline must come after today/);
  await shot('smart-two-checks-fail');

  // Fixed and submitted.
  await page.fill('#target', '27');
  await page.fill('#deadline', isoDay(60));
  await Promise.all([page.waitForNavigation(), page.locator('button[formaction$="/submit"]').click()]);
  await page.waitForSelector('text=waiting for the review');
  await shot('smart-submitted');
  const deliverableUrl = page.url().replace(/\/(submit|save)$/, '');

  // The builder, on another device, sees it waiting and asks for a change.
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
  const builder = await context.newPage();
  await login(builder, baseUrl, BUILDER);
  await builder.goto(`${baseUrl}/engagements`);
  await builder.waitForSelector('text=Haki Data Mombasa');
  assert.match(await builder.content(), /Review the SMART objective/);
  await shot('builder-overview', builder);
  await builder.goto(deliverableUrl);
  await builder.fill('#review_comment', 'Say which wards the 27 taps are in, so the officer knows where to send the crews.');
  await Promise.all([builder.waitForNavigation(), builder.locator('form[action$="/request-changes"] button.secondary').click()]);
  await builder.waitForSelector('text=Changes requested');
  await shot('builder-requests-changes', builder);

  // The junior reads the comment, changes the objective and submits it again.
  await page.goto(deliverableUrl);
  assert.match(await page.content(), /so the officer knows where to send the crews/);
  await page.fill('#specific', 'Broken public taps in Kisauni and Likoni wards are repaired');
  await Promise.all([page.waitForNavigation(), page.locator('button[formaction$="/submit"]').click()]);
  await page.waitForSelector('text=waiting for the review');

  // The builder accepts it; it can no longer be edited.
  await builder.goto(deliverableUrl);
  await Promise.all([builder.waitForNavigation(), builder.locator('button[formaction$="/accept"]').click()]);
  await page.goto(deliverableUrl);
  assert.match(await page.content(), /Accepted/);
  assert.equal(await page.locator('button[formaction$="/submit"]').count(), 0);
  await shot('smart-accepted');
  await page.goto(engagementUrl);
  await shot('today-after');

  // The builder's other CSOs: Ciudad Abierta Córdoba on day 8, its deliverables in each state.
  await builder.goto(`${baseUrl}/engagements`);
  await Promise.all([builder.waitForNavigation(), builder.locator('a', { hasText: 'Ciudad Abierta Córdoba' }).first().click()]);
  await builder.waitForSelector('#day-title');
  await shot('builder-cso-on-day-8', builder);
  await builder.locator('a[href$="/deliverables"]').first().click();
  await builder.waitForSelector('text=Changes requested');
  await shot('builder-deliverables-in-each-state', builder);
  await context.close();
}
