// Smoke journey: the home page renders as a proper HTML document and the
// health endpoint answers.
import assert from 'node:assert/strict';

export const name = 'smoke';

export async function run({ page, baseUrl, shot }) {
  const response = await page.goto(`${baseUrl}/`);
  assert.ok(response, 'no response for /');
  assert.equal(response.status(), 200, `GET / returned ${response.status()}`);

  const lang = await page.evaluate(() => document.documentElement.getAttribute('lang'));
  assert.ok(lang && lang.trim() !== '', `<html lang> is not set (got ${JSON.stringify(lang)})`);
  await shot('home');

  const health = await page.request.get(`${baseUrl}/healthz`);
  assert.equal(health.status(), 200, `GET /healthz returned ${health.status()}`);
}
