// Web form engine journey, on a phone (360x740), against a tiny Node server instead of
// DataShift: the household form of e2e/webform-fixture is rendered by the webform crate
// (cargo run -p webform --example webform_fixture), served with its engine, service worker
// and media, and every POSTed multipart body is recorded.
//
// Checks: relevance hides and shows, a constraint message appears and clears, a calculation
// updates, a repeat instance is added, the submission XML has the shape ODK Collect sends
// (with the photo as its own part), required answers block the submit and focus the first
// error; offline, two submissions are queued, the page reloads from the service worker with
// the draft restored, and back online both are POSTed exactly once; a 409 is kept and shown
// with the server's message.
//
// Standalone:  node e2e/journeys/webform-engine.mjs
// (WEBFORM_FIXTURE_DIR=dir uses an already generated fixture; CHROMIUM_BIN picks the browser.)
// In the suite: node e2e/run.mjs webform-engine (the harness's DataShift server is not used).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const name = 'webform-engine';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const SHOTS = path.join(ROOT, 'test-output', 'screenshots', 'webform-engine');
const PHONE = { width: 360, height: 740 };
const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];
// A 1x1 PNG, as the "photo of the house".
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

function fixture() {
  if (process.env.WEBFORM_FIXTURE_DIR && existsSync(path.join(process.env.WEBFORM_FIXTURE_DIR, 'index.html'))) {
    return { dir: process.env.WEBFORM_FIXTURE_DIR, temporary: false };
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), 'webform-fixture-'));
  const r = spawnSync('cargo', ['run', '-q', '-p', 'webform', '--example', 'webform_fixture', '--', dir], {
    cwd: ROOT, encoding: 'utf8', env: process.env,
  });
  assert.equal(r.status, 0, `cargo run --example webform_fixture failed:\n${r.stderr}`);
  return { dir, temporary: true };
}

// Splits a multipart/form-data body into {name, filename, type, body} parts.
function multipart(body, contentType) {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/.exec(contentType);
  assert.ok(boundary, `no multipart boundary in ${contentType}`);
  const delimiter = Buffer.from(`--${boundary[1] || boundary[2]}`);
  const parts = [];
  let at = body.indexOf(delimiter);
  while (at >= 0) {
    const next = body.indexOf(delimiter, at + delimiter.length);
    if (next < 0) break;
    const chunk = body.subarray(at + delimiter.length + 2, next - 2);
    const split = chunk.indexOf('\r\n\r\n');
    const head = chunk.subarray(0, split).toString('utf8');
    const disposition = /content-disposition:[^\r\n]*/i.exec(head)?.[0] || '';
    parts.push({
      name: /\bname="([^"]*)"/.exec(disposition)?.[1],
      filename: /filename="([^"]*)"/.exec(disposition)?.[1],
      type: /content-type:\s*([^\r\n]+)/i.exec(head)?.[1]?.trim(),
      body: chunk.subarray(split + 4),
    });
    at = next;
  }
  return parts;
}

function startServer(dir) {
  const received = [];
  const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css', '.csv': 'text/csv' };
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    if (req.method === 'POST' && url.pathname === '/submission') {
      const chunks = [];
      req.on('data', (c) => chunks.push(c));
      req.on('end', () => {
        const parts = multipart(Buffer.concat(chunks), req.headers['content-type'] || '');
        const xml = parts.find((p) => p.name === 'xml_submission_file')?.body.toString('utf8') || '';
        const refused = xml.includes('REJECT');
        received.push({ xml, parts, status: refused ? 409 : 201, openrosa: req.headers['x-openrosa-version'] });
        res.writeHead(refused ? 409 : 201, { 'Content-Type': 'text/xml; charset=utf-8' });
        const message = refused ? 'A submission with this instanceID already exists.' : 'Thank you.';
        res.end(`<OpenRosaResponse xmlns="http://openrosa.org/http/response"><message nature="submit_success">${message}</message></OpenRosaResponse>`);
      });
      return;
    }
    const file = url.pathname === '/' ? 'index.html' : url.pathname.slice(1);
    const full = path.join(dir, file);
    if (!full.startsWith(dir) || !existsSync(full)) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'Content-Type': types[path.extname(full)] || 'application/octet-stream', 'Cache-Control': 'no-cache' });
    res.end(readFileSync(full));
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve({ server, received, baseUrl: `http://127.0.0.1:${server.address().port}` }));
  });
}

async function waitFor(what, check, timeoutMs = 15000) {
  const started = Date.now();
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const q = (p, path) => p.locator(`[data-path="${path}"]`).first();

async function fillHousehold(p, { name, age, children }) {
  await q(p, '/data/hh_name').locator('input').fill(name);
  await q(p, '/data/age').locator('input').fill(String(age));
  await q(p, '/data/has_children').locator(`input[value="${children ? 'yes' : 'no'}"]`).check();
  if (children) await q(p, '/data/children').locator('input').fill(String(children));
  await p.locator('.repeat-instance [data-path="/data/member/member_name"] input').first().fill(`${name} junior`);
}

export async function run({ browser }) {
  rmSync(SHOTS, { recursive: true, force: true });
  mkdirSync(SHOTS, { recursive: true });
  const { dir, temporary } = fixture();
  const { server, received, baseUrl } = await startServer(dir);
  const context = await browser.newContext({ viewport: PHONE, serviceWorkers: 'allow' });
  context.setDefaultTimeout(15000);
  const p = await context.newPage();
  const errors = [];
  p.on('pageerror', (e) => errors.push(e.message));
  const consoleLines = [];
  p.on('console', (m) => consoleLines.push(`${m.type()}: ${m.text()}`));
  let n = 0;
  const shot = async (label) => {
    n += 1;
    await p.screenshot({ path: path.join(SHOTS, `${String(n).padStart(2, '0')}-${label}.png`), fullPage: true });
  };
  try {
    await p.goto(`${baseUrl}/`);
    await p.waitForSelector('.repeat-instance');
    // The service worker caches the page the engine asks it to.
    await waitFor('the service worker to cache the page', () =>
      p.evaluate(async () => {
        await navigator.serviceWorker.ready;
        return !!(await caches.match(location.href)) && !!(await caches.match(new URL('/engine.js', location.href).href));
      }));

    // Relevance: "How many children?" only when there are children.
    const children = q(p, '/data/children');
    assert.equal(await children.isVisible(), false, 'children is shown before has_children is answered');
    await q(p, '/data/has_children').locator('input[value="yes"]').check();
    assert.equal(await children.isVisible(), true, 'children is not shown after "yes"');
    await q(p, '/data/has_children').locator('input[value="no"]').check();
    assert.equal(await children.isVisible(), false, 'children is still shown after "no"');

    // Constraint message, announced and tied to the input.
    const age = q(p, '/data/age');
    await age.locator('input').fill('150');
    await age.locator('input').blur();
    await age.locator('input').dispatchEvent('change');
    const error = age.locator('.error');
    assert.equal(await error.isVisible(), true, 'no constraint message for age 150');
    assert.equal((await error.textContent()).trim(), 'Age must be between 0 and 120');
    assert.equal(await error.getAttribute('role'), 'alert');
    assert.equal(await age.locator('input').getAttribute('aria-invalid'), 'true');
    assert.match(await age.locator('input').getAttribute('aria-describedby'), /ws\d+-e/);
    await shot('constraint');
    await age.locator('input').fill('40');
    await age.locator('input').dispatchEvent('change');
    assert.equal(await error.isVisible(), false, 'the constraint message stays after a valid age');

    // Calculation shown through an output in a note.
    assert.match(await q(p, '/data/age_note').textContent(), /480 months/);

    // The city list comes from media/cities.csv.
    await waitFor('the city list', () => q(p, '/data/city').locator('input[value="msa"]').count());
    await q(p, '/data/city').locator('input[value="msa"]').check();

    // Repeats: one instance to start, one more added.
    await fillHousehold(p, { name: 'Amina', age: 40, children: 2 });
    await p.locator('.repeat-add').click();
    assert.equal(await p.locator('.repeat-instance').count(), 2);
    await p.locator('.repeat-instance').nth(1).locator('[data-path="/data/member/member_name"] input').fill('Baraka');
    await p.locator('.repeat-instance').nth(1).locator('[data-path="/data/member/member_age"] input').fill('7');
    assert.match(await q(p, '/data/member_note').textContent(), /Members listed: 2/);
    await q(p, '/data/photo').locator('input[type=file]').setInputFiles({ name: 'house photo.png', mimeType: 'image/png', buffer: PNG });
    await q(p, '/data/location').locator('[data-part=lat]').fill('-1.2921');
    await q(p, '/data/location').locator('[data-part=lon]').fill('36.8219');
    await q(p, '/data/location').locator('[data-part=lon]').dispatchEvent('change');
    // Leave the last field first: a full-page screenshot resizes the viewport, and a blur
    // inside the click would then land the mouse-up elsewhere.
    await q(p, '/data/hh_name').locator('input').focus();
    await shot('filled');
    const width = await p.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= PHONE.width, `the form scrolls sideways on a phone (scrollWidth ${width})`);

    // Submit online: one POST, shaped as ODK Collect sends it.
    await p.locator('.wf-submit').click();
    await waitFor('the first submission', () => received.length === 1);
    const first = received[0];
    assert.equal(first.openrosa, '1.0');
    const xml = first.xml;
    assert.match(xml, /^<data id="household" version="2024061201">/);
    const order = [...xml.matchAll(/<([a-zA-Z_]+)[ />]/g)].map((m) => m[1]);
    assert.deepEqual(order.filter((t, i) => order.indexOf(t) === i), [
      'data', 'start', 'end', 'today', 'deviceid', 'hh_name', 'age', 'age_months', 'age_note', 'has_children', 'children', 'city',
      'member', 'member_name', 'member_age', 'member_count', 'member_note', 'photo', 'location', 'visit', 'meta', 'instanceID',
    ]);
    assert.match(xml, /<hh_name>Amina<\/hh_name><age>40<\/age><age_months>480<\/age_months><age_note\/><has_children>yes<\/has_children><children>2<\/children><city>msa<\/city>/);
    assert.match(xml, /<member><member_name>Amina junior<\/member_name><member_age\/><\/member><member><member_name>Baraka<\/member_name><member_age>7<\/member_age><\/member>/);
    assert.match(xml, /<member_count>2<\/member_count>/);
    assert.match(xml, /<location>-1\.2921 36\.8219 0 0<\/location>/);
    assert.match(xml, /<visit>\d{4}-\d{2}-\d{2}<\/visit>/);
    assert.match(xml, /<start>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}[+-]\d{2}:\d{2}<\/start>/);
    assert.match(xml, /<deviceid>datashift:[0-9a-f]{16}<\/deviceid>/);
    assert.match(xml, /<meta><instanceID>uuid:[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}<\/instanceID><\/meta><\/data>$/);
    const photo = /<photo>([^<]+)<\/photo>/.exec(xml)?.[1];
    assert.ok(photo && photo.endsWith('house_photo.png'), `photo answer ${photo}`);
    const xmlPart = first.parts.find((x) => x.name === 'xml_submission_file');
    assert.equal(xmlPart.filename, 'submission.xml');
    assert.equal(xmlPart.type, 'text/xml');
    const photoPart = first.parts.find((x) => x.name === photo);
    assert.ok(photoPart, `no multipart part named ${photo}`);
    assert.equal(photoPart.filename, photo);
    assert.deepEqual(Buffer.compare(photoPart.body, PNG), 0, 'the photo part is not the file chosen');
    await waitFor('the sent confirmation', async () => (await p.locator('.wf-status').textContent()).includes('have been sent'));
    assert.equal(await q(p, '/data/hh_name').locator('input').inputValue(), '', 'the form was not reset after submitting');
    assert.equal(await p.locator('.repeat-instance').count(), 1);
    await shot('sent');

    // Required answers block the submit; focus goes to the first error.
    await p.locator('.wf-submit').click();
    assert.equal(await q(p, '/data/hh_name').locator('.error').isVisible(), true);
    assert.equal(await p.evaluate(() => document.activeElement && document.activeElement.closest('[data-path]').dataset.path), '/data/hh_name');
    assert.equal(received.length, 1, 'an invalid form was sent');
    await shot('required');

    // Offline: two submissions wait in the queue.
    await context.setOffline(true);
    await fillHousehold(p, { name: 'Bosco', age: 33, children: 0 });
    await p.locator('.wf-submit').click();
    await waitFor('one waiting', async () => (await p.locator('.wf-queue').textContent()).includes('One submission waiting to be sent'));
    assert.match(await p.locator('.wf-status').textContent(), /saved on this phone/);
    await fillHousehold(p, { name: 'Chiku', age: 29, children: 1 });
    await p.locator('.wf-submit').click();
    await waitFor('two waiting', async () => (await p.locator('.wf-queue').textContent()).includes('2 submissions waiting to be sent'));
    assert.equal(received.length, 1, 'something was sent while offline');
    // A draft typed but not submitted survives a reload, which the service worker serves offline.
    await q(p, '/data/hh_name').locator('input').fill('Draft Dora');
    await p.waitForTimeout(600);
    await shot('offline-queued');
    await p.reload();
    await p.waitForSelector('.repeat-instance');
    await waitFor('the restored draft', async () => (await q(p, '/data/hh_name').locator('input').inputValue()) === 'Draft Dora');
    await waitFor('two still waiting', async () => (await p.locator('.wf-queue').textContent()).includes('2 submissions waiting to be sent'));
    await shot('offline-reloaded');

    // Back online: both are sent, once each.
    await context.setOffline(false);
    await waitFor('the queued submissions', () => received.length >= 3, 30000);
    await waitFor('an empty queue', async () => !(await p.locator('.wf-queue').textContent()).includes('waiting'));
    await p.waitForTimeout(1500);
    assert.equal(received.length, 3, `expected 3 posts in all, got ${received.length}`);
    const names = received.slice(1).map((r) => /<hh_name>([^<]*)</.exec(r.xml)[1]).sort();
    assert.deepEqual(names, ['Bosco', 'Chiku']);
    const ids = received.map((r) => /<instanceID>([^<]+)</.exec(r.xml)[1]);
    assert.equal(new Set(ids).size, 3, 'two submissions share an instanceID');
    assert.match(received.find((r) => r.xml.includes('Bosco')).xml, /<has_children>no<\/has_children><children\/>/, 'a non-relevant answer is not empty');
    await shot('online-sent');

    // A refusal (409) is kept and shown with the server's message.
    await q(p, '/data/hh_name').locator('input').fill('');
    await fillHousehold(p, { name: 'REJECT', age: 50, children: 0 });
    await p.locator('.wf-submit').click();
    await waitFor('the refusal', async () => (await p.locator('.wf-queue').textContent()).includes('already exists'));
    assert.match(await p.locator('.wf-failed').textContent(), /One submission was refused by the server/);
    const kept = await p.evaluate(() => new Promise((resolve) => {
      const r = indexedDB.open('datashift-webform', 1);
      r.onsuccess = () => { const g = r.result.transaction('queue').objectStore('queue').getAll(); g.onsuccess = () => resolve(g.result.map((i) => i.state)); };
    }));
    assert.deepEqual(kept, ['failed']);
    await shot('refused');
    assert.deepEqual(errors, [], `page errors: ${errors.join('; ')}`);
  } catch (err) {
    // Say what the page showed, to make a failure readable without the screenshots.
    const state = await p.evaluate(() => ({
      status: document.querySelector('.wf-status')?.textContent,
      queue: document.querySelector('.wf-queue')?.textContent,
      invalid: [...document.querySelectorAll('.invalid')].map((w) => `${w.dataset.path}: ${w.querySelector('.error').textContent}`),
    })).catch(() => ({}));
    await p.screenshot({ path: path.join(SHOTS, 'failure.png'), fullPage: true }).catch(() => {});
    err.message += ` (page: ${JSON.stringify(state)}; page errors: ${JSON.stringify(errors)}; console: ${JSON.stringify(consoleLines.slice(-10))})`;
    throw err;
  } finally {
    await context.close();
    server.close();
    if (temporary) rmSync(dir, { recursive: true, force: true });
  }
  writeFileSync(path.join(SHOTS, 'submissions.json'), JSON.stringify(received.map((r) => ({ status: r.status, xml: r.xml })), null, 2));
}

// Standalone run: node e2e/journeys/webform-engine.mjs
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_BIN || '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
  try {
    await run({ browser });
    console.log('ok webform-engine');
    console.log('e2e: 1 passed, 0 failed');
  } catch (err) {
    console.log(`FAILED webform-engine: ${err.stack || err}`);
    console.log('e2e: 0 passed, 1 failed');
    process.exitCode = 1;
  } finally {
    await browser.close();
  }
}
