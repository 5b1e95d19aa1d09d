// Error pages: an unknown address answers 404 with the error page translated into the
// visitor's language (here Spanish, from Accept-Language), showing the request id that the
// response also carries in its X-Request-Id header, so support can find the request in the log.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const name = 'errors';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

function messages(locale) {
  const out = {};
  for (const file of ['common', 'errors']) {
    const text = readFileSync(path.join(ROOT, 'locales', locale, `${file}.ftl`), 'utf8');
    for (const line of text.split('\n')) {
      const m = /^([a-z][a-z0-9-]*) = (.+)$/.exec(line);
      if (m) out[m[1]] = m[2].trim();
    }
  }
  return out;
}

export async function run({ page, baseUrl, shot, browser }) {
  const es = messages('es');
  const en = messages('en');
  const context = await browser.newContext({
    viewport: { width: 360, height: 740 },
    isMobile: true,
    locale: 'es-AR',
    extraHTTPHeaders: { 'Accept-Language': 'es-AR,es;q=0.9' },
  });
  try {
    const p = await context.newPage();
    const response = await p.goto(`${baseUrl}/esta-pagina-no-existe?ref=e2e`);
    assert.ok(response, 'no response for the unknown URL');
    assert.equal(response.status(), 404, `an unknown URL answered HTTP ${response.status()}`);

    const lang = await p.evaluate(() => document.documentElement.getAttribute('lang'));
    assert.equal(lang, 'es', `<html lang> is ${JSON.stringify(lang)}, expected es`);
    const h1 = (await p.locator('main h1').innerText()).trim();
    assert.equal(h1, es['error-not-found-title'], 'the 404 title is not in Spanish');
    assert.notEqual(h1, en['error-not-found-title']);
    await p.getByText(es['error-not-found-text'], { exact: true }).waitFor({ state: 'visible' });
    assert.equal(await p.title(), `${es['error-not-found-title']} · ${es['app-name']}`);

    // The request id: the same one in the response header and on the page.
    const requestId = response.headers()['x-request-id'];
    assert.ok(requestId && /^[0-9a-f-]{36}$/.test(requestId), `no request id header: ${JSON.stringify(requestId)}`);
    const reference = es['error-request-id'].replace('{ $id }', requestId);
    const shown = p.locator('main p.muted');
    await shown.waitFor({ state: 'visible' });
    assert.equal((await shown.innerText()).trim(), reference, 'the request id is not shown');

    // The way back home, in Spanish.
    const home = p.locator('main a[href="/"]');
    assert.equal((await home.innerText()).trim(), es['error-back-home']);
    // The header's language switcher marks Spanish as current.
    assert.equal(await p.locator('form.languages button[value=es]').getAttribute('aria-current'), 'true');

    const scrollWidth = await p.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(scrollWidth <= 360, `the 404 page scrolls horizontally at 360 px (scrollWidth ${scrollWidth})`);

    // The harness takes screenshots of its own page: show the same 404 there, in Spanish too.
    await page.setViewportSize({ width: 360, height: 740 });
    await page.setExtraHTTPHeaders({ 'Accept-Language': 'es-AR,es;q=0.9' });
    const again = await page.goto(`${baseUrl}/esta-pagina-no-existe?ref=e2e`);
    assert.equal(again.status(), 404);
    assert.equal((await page.locator('main h1').innerText()).trim(), es['error-not-found-title']);
    const secondId = again.headers()['x-request-id'];
    assert.notEqual(secondId, requestId, 'two requests got the same request id');
    assert.equal((await page.locator('main p.muted').innerText()).trim(), es['error-request-id'].replace('{ $id }', secondId));
    await shot('not-found-es');
  } finally {
    await context.close();
  }
}
