// Browser-journey harness for DataShift.
//
//   node e2e/run.mjs [journey-name ...]
//
// Runs every e2e/journeys/*.mjs (or only the named ones). A journey module
// exports `name` (string) and `async function run({ page, baseUrl, shot,
// browser, server })`; it throws to fail.
//
// Each journey gets its own fresh server:
//   $DATASHIFT_BIN serve --demo --bind 127.0.0.1:0 --data-dir <fresh temp dir>
// (default binary: target/debug/datashift). The harness waits (max 60 s) for a
// stdout line containing `listening on http://HOST:PORT`; everything the
// server prints goes to test-output/logs/<journey>.log.
//
// Screenshots: test-output/screenshots/<journey>/NN-<label>.png via shot(label[, otherPage]);
// on failure also failure.png and failure.html there.
//
// Output: one line per journey (`ok <name>` / `FAILED <name>: <error>`), then
// `e2e: N passed, N failed`; exit status 1 if any journey failed.
//
// Environment: DATASHIFT_BIN (server binary), CHROMIUM_BIN (default
// /usr/bin/chromium), E2E_JOURNEY_TIMEOUT_MS (default 180000),
// E2E_STEP_TIMEOUT_MS (default Playwright action/navigation timeout, 15000).

import { spawn } from 'node:child_process';
import { createWriteStream, existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { chromium } from 'playwright-core';

const E2E_DIR = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(E2E_DIR, '..');
const JOURNEYS_DIR = path.join(E2E_DIR, 'journeys');
const SCREENSHOTS_DIR = path.join(ROOT, 'test-output', 'screenshots');
const LOGS_DIR = path.join(ROOT, 'test-output', 'logs');

const SERVER_BIN = process.env.DATASHIFT_BIN || path.join(ROOT, 'target', 'debug', 'datashift');
const CHROMIUM_BIN = process.env.CHROMIUM_BIN || '/usr/bin/chromium';
const SERVER_READY_TIMEOUT_MS = 60_000;
const SERVER_KILL_GRACE_MS = 10_000;
const JOURNEY_TIMEOUT_MS = Number(process.env.E2E_JOURNEY_TIMEOUT_MS || 180_000);
const STEP_TIMEOUT_MS = Number(process.env.E2E_STEP_TIMEOUT_MS || 15_000);

// Playwright's launch() always adds a fresh temporary --user-data-dir of its
// own (and rejects one passed in args); it is deleted on browser.close().
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const LISTENING_RE = /listening on (http:\/\/[A-Za-z0-9.\-]+:[0-9]+|http:\/\/\[[0-9A-Fa-f:.]+\]:[0-9]+)/;

// The server of the journey in progress, so signals can clean it up.
let current = null;

function slug(s) {
  return (
    String(s)
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'step'
  );
}

function firstLine(err) {
  const msg = err && err.message ? err.message : String(err);
  // Playwright errors carry a multi-line call log; keep the summary line.
  return msg.split('\n').find((l) => l.trim()) || msg;
}

function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function startServer(journeyName) {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), `datashift-e2e-${slug(journeyName)}-`));
  const logPath = path.join(LOGS_DIR, `${slug(journeyName)}.log`);
  const logStream = createWriteStream(logPath);
  const args = ['serve', '--demo', '--bind', '127.0.0.1:0', '--data-dir', dataDir];
  logStream.write(`# ${SERVER_BIN} ${args.join(' ')}\n`);

  const child = spawn(SERVER_BIN, args, {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: process.env,
  });
  const server = {
    child,
    dataDir,
    logPath,
    logStream,
    baseUrl: null,
    exited: null, // { code, signal } once the process is gone
    stopping: false,
  };
  current = server;

  const exitedPromise = new Promise((resolve) => {
    child.on('exit', (code, signal) => {
      server.exited = { code, signal };
      resolve(server.exited);
    });
  });
  server.exitedPromise = exitedPromise;
  // Keep draining both pipes into the log so the server never blocks on a full pipe.
  child.stderr.pipe(logStream, { end: false });

  const ready = new Promise((resolve, reject) => {
    child.on('error', (err) => reject(new Error(`cannot start ${SERVER_BIN}: ${err.message}`)));
    const lines = readline.createInterface({ input: child.stdout });
    lines.on('line', (line) => {
      logStream.write(`${line}\n`);
      if (!server.baseUrl) {
        const m = LISTENING_RE.exec(line);
        if (m) {
          server.baseUrl = m[1];
          resolve(m[1]);
        }
      }
    });
    exitedPromise.then(({ code, signal }) => {
      if (!server.baseUrl) {
        reject(
          new Error(
            `server exited (code ${code}, signal ${signal}) before printing "listening on http://..."; see ${path.relative(ROOT, logPath)}`,
          ),
        );
      }
    });
  });

  try {
    await withTimeout(ready, SERVER_READY_TIMEOUT_MS, 'waiting for "listening on http://..." from the server');
  } catch (err) {
    await stopServer(server);
    throw err;
  }
  return server;
}

async function stopServer(server) {
  if (!server) return;
  server.stopping = true;
  const { child } = server;
  if (!server.exited && child.pid !== undefined) {
    child.kill('SIGTERM');
    let timer;
    const gone = await Promise.race([
      server.exitedPromise.then(() => true),
      new Promise((r) => {
        timer = setTimeout(() => r(false), SERVER_KILL_GRACE_MS);
      }),
    ]);
    clearTimeout(timer);
    if (!gone) {
      server.logStream.write(`# harness: no exit ${SERVER_KILL_GRACE_MS} ms after SIGTERM; sending SIGKILL\n`);
      child.kill('SIGKILL');
      await server.exitedPromise;
    }
  }
  if (server.exited) {
    server.logStream.write(`# harness: server exited (code ${server.exited.code}, signal ${server.exited.signal})\n`);
  }
  await new Promise((r) => server.logStream.end(r));
  await rm(server.dataDir, { recursive: true, force: true });
  if (current === server) current = null;
}

async function loadJourneys(filter) {
  const files = (await readdir(JOURNEYS_DIR)).filter((f) => f.endsWith('.mjs')).sort();
  const journeys = [];
  for (const file of files) {
    const fallbackName = path.basename(file, '.mjs');
    try {
      const mod = await import(pathToFileURL(path.join(JOURNEYS_DIR, file)).href);
      const name = typeof mod.name === 'string' && mod.name ? mod.name : fallbackName;
      journeys.push({ file, name, run: mod.run });
    } catch (err) {
      journeys.push({ file, name: fallbackName, loadError: err });
    }
  }
  if (filter.length === 0) return journeys;
  const unknown = filter.filter((f) => !journeys.some((j) => j.name === f || j.file === f || j.file === `${f}.mjs`));
  if (unknown.length) throw new Error(`unknown journey(s): ${unknown.join(', ')}`);
  return journeys.filter((j) => filter.some((f) => j.name === f || j.file === f || j.file === `${f}.mjs`));
}

async function runJourney(journey) {
  if (journey.loadError) {
    throw new Error(`cannot load ${journey.file}: ${firstLine(journey.loadError)}`);
  }
  if (typeof journey.run !== 'function') {
    throw new Error(`${journey.file} does not export an async function run(...)`);
  }
  const shotDir = path.join(SCREENSHOTS_DIR, slug(journey.name));
  await rm(shotDir, { recursive: true, force: true });
  await mkdir(shotDir, { recursive: true });

  let server = null;
  let browser = null;
  let page = null;
  try {
    server = await startServer(journey.name);
    browser = await chromium.launch({
      executablePath: CHROMIUM_BIN,
      headless: true,
      args: CHROMIUM_ARGS,
      timeout: 60_000,
    });
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    context.setDefaultTimeout(STEP_TIMEOUT_MS);
    context.setDefaultNavigationTimeout(STEP_TIMEOUT_MS);
    page = await context.newPage();
    page.on('pageerror', (err) => {
      if (!server.logStream.writableEnded) server.logStream.write(`# browser: page error: ${err.message}\n`);
    });
    page.on('console', (msg) => {
      if (msg.type() === 'error' && !server.logStream.writableEnded) {
        server.logStream.write(`# browser: console error: ${msg.text()}\n`);
      }
    });

    let n = 0;
    const shot = async (label, target = page) => {
      n += 1;
      const file = path.join(shotDir, `${String(n).padStart(2, '0')}-${slug(label)}.png`);
      await target.screenshot({ path: file, fullPage: true });
      return file;
    };

    const serverInfo = { baseUrl: server.baseUrl, dataDir: server.dataDir, pid: server.child.pid, logPath: server.logPath };
    const died = server.exitedPromise.then(({ code, signal }) => {
      if (!server.stopping) throw new Error(`server exited during the journey (code ${code}, signal ${signal})`);
      return new Promise(() => {});
    });
    await withTimeout(
      Promise.race([journey.run({ page, baseUrl: server.baseUrl, shot, browser, server: serverInfo }), died]),
      JOURNEY_TIMEOUT_MS,
      `journey ${journey.name}`,
    );
  } catch (err) {
    if (page && !page.isClosed()) {
      await page.screenshot({ path: path.join(shotDir, 'failure.png'), fullPage: true, timeout: 10_000 }).catch(() => {});
      const html = await page.content().catch(() => null);
      if (html !== null) await writeFile(path.join(shotDir, 'failure.html'), html).catch(() => {});
    }
    throw err;
  } finally {
    if (browser) await withTimeout(browser.close(), 20_000, 'closing the browser').catch(() => {});
    if (server) await stopServer(server);
  }
}

async function main() {
  await mkdir(LOGS_DIR, { recursive: true });
  await mkdir(SCREENSHOTS_DIR, { recursive: true });
  if (!existsSync(SERVER_BIN)) {
    console.error(`e2e: server binary not found: ${SERVER_BIN} (build it with cargo build -p datashift, or set DATASHIFT_BIN)`);
  }
  if (!existsSync(CHROMIUM_BIN)) {
    console.error(`e2e: chromium not found: ${CHROMIUM_BIN} (set CHROMIUM_BIN)`);
  }

  const journeys = await loadJourneys(process.argv.slice(2));
  if (journeys.length === 0) {
    console.log(`FAILED (harness): no journeys found in ${path.relative(ROOT, JOURNEYS_DIR)}`);
  }
  let passed = 0;
  let failed = 0;
  for (const journey of journeys) {
    const started = Date.now();
    try {
      await runJourney(journey);
      passed += 1;
      console.log(`ok ${journey.name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    } catch (err) {
      failed += 1;
      console.log(`FAILED ${journey.name}: ${firstLine(err)}`);
      if (process.env.E2E_VERBOSE && err && err.stack) console.error(err.stack);
    }
  }
  console.log(`e2e: ${passed} passed, ${failed} failed`);
  return failed === 0 && journeys.length > 0 ? 0 : 1;
}

for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, () => {
    const server = current;
    const code = sig === 'SIGINT' ? 130 : 143;
    if (!server) process.exit(code);
    if (!server.exited) server.child.kill('SIGKILL');
    rm(server.dataDir, { recursive: true, force: true }).finally(() => process.exit(code));
  });
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    console.log(`FAILED (harness): ${firstLine(err)}`);
    console.log('e2e: 0 passed, 1 failed');
    process.exitCode = 1;
  },
);
