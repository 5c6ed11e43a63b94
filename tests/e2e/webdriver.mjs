// A tiny W3C WebDriver client for Debian's firefox-esr through geckodriver
// (built from crates.io by tools/setup.sh). playwright-core can only drive
// Playwright's own patched Firefox, which this closed network can't download,
// so the Firefox tests speak plain WebDriver over HTTP with Node's fetch.
//
// One Firefox = one geckodriver process (own process group, own temp dir,
// free 127.0.0.1 ports) + one session. close() always tears all of it down;
// an exit hook kills the group if a test run dies before close().
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { existsSync, mkdtempSync, rmSync, writeFileSync, accessSync, constants } from 'node:fs';
import { tmpdir, homedir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';

/** Prefs that keep Firefox off the network (on top of geckodriver's and Marionette's own). */
export const OFFLINE_PREFS = {
  // updates: app, add-ons, search engines, GMP plugins, user-agent overrides
  'app.update.disabledForTesting': true,
  'app.update.auto': false,
  'app.update.checkInstallTime': false,
  'extensions.update.enabled': false,
  'extensions.getAddons.cache.enabled': false,
  'extensions.blocklist.enabled': false,
  'extensions.systemAddon.update.enabled': false,
  'browser.search.update': false,
  'media.gmp-manager.updateEnabled': false,
  'media.gmp-manager.url': '',
  'media.gmp-gmpopenh264.enabled': false,
  'media.gmp-widevinecdm.enabled': false,
  // telemetry, data reporting, studies, experiments (Normandy / Nimbus)
  'toolkit.telemetry.enabled': false,
  'toolkit.telemetry.unified': false,
  'toolkit.telemetry.archive.enabled': false,
  'toolkit.telemetry.server': 'data:,',
  'toolkit.coverage.opt-out': true,
  'datareporting.healthreport.uploadEnabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'datareporting.usage.uploadEnabled': false,
  'app.normandy.enabled': false,
  'app.normandy.api_url': '',
  'app.shield.optoutstudies.enabled': false,
  'messaging-system.rsexperimentloader.enabled': false,
  'nimbus.rollouts.enabled': false,
  'browser.ping-centre.telemetry': false,
  'browser.newtabpage.activity-stream.feeds.telemetry': false,
  'browser.newtabpage.activity-stream.telemetry': false,
  'browser.crashReports.unsubmittedCheck.enabled': false,
  'breakpad.reportURL': '',
  // captive portal and connectivity probes
  'network.captive-portal-service.enabled': false,
  'captivedetect.canonicalURL': '',
  'network.connectivity-service.enabled': false,
  // Safe Browsing lists
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'browser.safebrowsing.blockedURIs.enabled': false,
  'browser.safebrowsing.downloads.enabled': false,
  'browser.safebrowsing.downloads.remote.enabled': false,
  'browser.safebrowsing.provider.google.updateURL': '',
  'browser.safebrowsing.provider.google4.updateURL': '',
  'browser.safebrowsing.provider.mozilla.updateURL': '',
  'browser.safebrowsing.update.enabled': false,
  // Remote Settings, certificate revocation lists, OCSP
  'services.settings.server': 'data:,#remote-settings-dummy/v1',
  'security.remote_settings.crlite_filters.enabled': false,
  'security.remote_settings.intermediates.enabled': false,
  'security.OCSP.enabled': 0,
  // accounts, sync, push, geolocation, region, discovery, pocket, new tab
  'identity.fxaccounts.enabled': false,
  'services.sync.engine.addons': false,
  'dom.push.enabled': false,
  'dom.push.connection.enabled': false,
  'dom.push.serverURL': '',
  'geo.provider.network.url': '',
  'geo.enabled': false,
  'browser.region.network.url': '',
  'browser.region.update.enabled': false,
  'browser.discovery.enabled': false,
  'extensions.pocket.enabled': false,
  'browser.newtabpage.enabled': false,
  'browser.newtabpage.activity-stream.feeds.topsites': false,
  'browser.newtabpage.activity-stream.feeds.section.topstories': false,
  'browser.topsites.contile.enabled': false,
  'browser.startup.homepage': 'about:blank',
  'browser.startup.page': 0,
  'browser.aboutwelcome.enabled': false,
  'browser.urlbar.suggest.quicksuggest.sponsored': false,
  'browser.urlbar.quicksuggest.enabled': false,
  // speculative connections, prefetch, DNS over HTTPS, NTP
  'network.prefetch-next': false,
  'network.dns.disablePrefetch': true,
  'network.http.speculative-parallel-limit': 0,
  'network.predictor.enabled': false,
  'network.trr.mode': 5,
  'network.sntp.pools': '',
  // the page's console and uncaught errors go to Firefox's stdout, which
  // geckodriver passes on to us (chrome noise stays off)
  'devtools.console.stdout.content': true,
  'devtools.console.stdout.chrome': false,
};

/** Where a program is: an explicit path, or the first match on PATH (plus ~/.cargo/bin). */
export function which(name, extraDirs = []) {
  if (name.includes('/')) return isExecutable(name) ? resolve(name) : null;
  const dirs = [...(process.env.PATH ?? '').split(delimiter), ...extraDirs];
  for (const dir of dirs) {
    if (!dir) continue;
    const p = join(dir, name);
    if (isExecutable(p)) return p;
  }
  return null;
}

function isExecutable(p) {
  try { accessSync(p, constants.X_OK); return existsSync(p); } catch { return false; }
}

/** The Firefox and geckodriver binaries, or an Error that says how to get them. */
export function findBinaries() {
  const firefox = process.env.FIREFOX_PATH
    ? which(process.env.FIREFOX_PATH)
    : (which('firefox-esr') ?? which('firefox'));
  const geckodriver = process.env.GECKODRIVER_PATH
    ? which(process.env.GECKODRIVER_PATH)
    : which('geckodriver', [join(homedir(), '.cargo', 'bin')]);
  const missing = [];
  if (!firefox) missing.push(`Firefox (${process.env.FIREFOX_PATH ?? 'firefox-esr / firefox on PATH'}; Debian package firefox-esr)`);
  if (!geckodriver) missing.push(`geckodriver (${process.env.GECKODRIVER_PATH ?? 'on PATH or in ~/.cargo/bin'}; cargo install geckodriver)`);
  if (missing.length) {
    return {
      error: new Error(`Firefox e2e tests need ${missing.join(' and ')}. `
        + 'Run tools/setup.sh to install them, or set SKIP_FIREFOX=1 to skip these tests.'),
    };
  }
  return { firefox, geckodriver };
}

export function freePort() {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => ok(port));
    });
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export class WebDriverError extends Error {
  constructor(method, path, status, value) {
    super(`${method} ${path} → HTTP ${status}: ${value?.error ?? ''} ${value?.message ?? JSON.stringify(value)}`.trim());
    this.status = status;
    this.error = value?.error;
  }
}

// W3C element reference key
const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

/**
 * Process groups we started and close() hasn't reaped yet: killed when this
 * process exits or is interrupted (geckodriver runs in its own group, so a
 * Ctrl-C or a test-runner SIGTERM would not reach it otherwise).
 */
const live = new Map(); // pgid → temp dir
function killLive() {
  for (const [pgid, dir] of live) {
    try { process.kill(-pgid, 'SIGKILL'); } catch { /* gone */ }
    try { rmSync(dir, { recursive: true, force: true }); } catch { /* best effort */ }
  }
  live.clear();
}
process.on('exit', killLive);
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.once(sig, () => { killLive(); process.kill(process.pid, sig); });
}

export class Firefox {
  /**
   * Starts geckodriver + headless Firefox and opens a session.
   * Throws (after cleaning up) if anything fails within `startTimeout` ms.
   */
  static async start({
    width = 1280, height = 900, prefs = {}, startTimeout = 60_000, commandTimeout = 60_000,
  } = {}) {
    const bins = findBinaries();
    if (bins.error) throw bins.error;
    const ff = new Firefox(bins, commandTimeout);
    try {
      await ff.#launch(width, height, prefs, startTimeout);
    } catch (e) {
      await ff.close();
      throw new Error(`could not start Firefox through geckodriver: ${e.message}\n--- geckodriver output ---\n${ff.output.slice(-4000)}`, { cause: e });
    }
    return ff;
  }

  #flushes = 0;
  #outputListeners = [];

  constructor({ firefox, geckodriver }, commandTimeout) {
    this.firefoxPath = firefox;
    this.geckodriverPath = geckodriver;
    this.commandTimeout = commandTimeout;
    this.output = '';
    this.proc = null;
    this.sessionId = null;
    this.firefoxPid = null;
    this.tmp = mkdtempSync(join(tmpdir(), 'e2e-firefox-'));
  }

  async #launch(width, height, prefs, startTimeout) {
    const deadline = Date.now() + startTimeout;
    const port = await freePort();
    this.base = `http://127.0.0.1:${port}`;
    const env = {
      ...process.env,
      TMPDIR: this.tmp, // Firefox's and geckodriver's scratch files, removed by close()
      MOZ_CRASHREPORTER_DISABLE: '1',
      MOZ_HEADLESS: '1',
      // Makes Firefox refuse any non-local connection and honour the dummy
      // Remote Settings server (release builds ignore services.settings.server
      // otherwise and keep resolving firefox.settings.services.mozilla.com).
      MOZ_DISABLE_NONLOCAL_CONNECTIONS: '1',
    };
    this.proc = spawn(this.geckodriverPath, [
      '--host', '127.0.0.1', '--port', String(port),
      '--marionette-port', '0', '--websocket-port', '0',
      '--profile-root', this.tmp,
    ], { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    live.set(this.proc.pid, this.tmp);
    const exited = new Promise((r) => this.proc.once('exit', (code, sig) => r(`geckodriver exited (${code ?? sig})`)));
    this.exited = exited;
    this.proc.on('error', (e) => { this.output += `spawn error: ${e.message}\n`; });
    for (const s of [this.proc.stdout, this.proc.stderr]) {
      s.on('data', (d) => {
        this.output += d;
        for (const wake of this.#outputListeners.splice(0)) wake();
      });
    }

    // wait until geckodriver answers /status
    for (;;) {
      const early = await Promise.race([exited, sleep(100).then(() => null)]);
      if (early) throw new Error(early);
      try {
        const r = await fetch(`${this.base}/status`, { signal: AbortSignal.timeout(1000) });
        if (r.ok) break;
      } catch { /* not up yet */ }
      if (Date.now() > deadline) throw new Error('geckodriver did not answer /status in time');
    }

    const session = await this.#raw('POST', '/session', {
      capabilities: {
        alwaysMatch: {
          browserName: 'firefox',
          acceptInsecureCerts: false,
          pageLoadStrategy: 'normal',
          timeouts: { pageLoad: 30_000, script: 30_000, implicit: 0 },
          'moz:firefoxOptions': {
            binary: this.firefoxPath,
            args: ['-headless', `--width=${width}`, `--height=${height}`],
            prefs: { ...OFFLINE_PREFS, ...prefs },
            log: { level: 'warn' },
          },
        },
      },
    }, Math.max(1000, deadline - Date.now()));
    this.sessionId = session.sessionId;
    this.capabilities = session.capabilities;
    this.firefoxPid = session.capabilities?.['moz:processID'] ?? null;
    // Size the window so that the viewport (not the outer window) is width × height.
    await this.cmd('POST', '/window/rect', { width, height });
    const [dw, dh] = await this.execute('return [outerWidth - innerWidth, outerHeight - innerHeight]');
    if (dw > 0 || dh > 0) await this.cmd('POST', '/window/rect', { width: width + dw, height: height + dh });
  }

  async #raw(method, path, body, timeout = this.commandTimeout) {
    let r;
    try {
      r = await fetch(this.base + path, {
        method,
        headers: body === undefined ? {} : { 'content-type': 'application/json; charset=utf-8' },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(timeout),
      });
    } catch (e) {
      throw new Error(`${method} ${path}: ${e.name === 'TimeoutError' ? `no answer in ${timeout} ms` : e.message}`, { cause: e });
    }
    const text = await r.text();
    let json;
    try { json = JSON.parse(text); } catch { json = { value: { error: 'bad response', message: text } }; }
    if (!r.ok) throw new WebDriverError(method, path, r.status, json.value);
    return json.value;
  }

  /** A command on the current session: cmd('POST', '/url', { url }). */
  cmd(method, path, body, timeout) {
    if (!this.sessionId) throw new Error('no WebDriver session');
    return this.#raw(method, `/session/${this.sessionId}${path}`, body, timeout);
  }

  navigate(url) { return this.cmd('POST', '/url', { url }); }
  url() { return this.cmd('GET', '/url'); }
  title() { return this.cmd('GET', '/title'); }

  /** Runs a function body in the page: execute('return document.title'). */
  execute(script, ...args) { return this.cmd('POST', '/execute/sync', { script, args }); }

  /** Runs an async function body; it gets its args as `arguments` and resolves via a returned promise. */
  executeAsync(script, ...args) {
    return this.cmd('POST', '/execute/async', {
      script: `const done = arguments[arguments.length - 1];
        Promise.resolve().then(() => (async function () { ${script} }).apply(null, Array.from(arguments).slice(0, -1)))
          .then((v) => done({ ok: v }), (e) => done({ err: String(e && e.stack || e) }));`,
      args,
    }).then((r) => { if (r && 'err' in r) throw new Error(`script failed: ${r.err}`); return r?.ok; });
  }

  /**
   * Polls `script` (a function body returning a truthy value when done) until it
   * holds or `timeout` ms pass; returns its value or throws with `what`.
   */
  async waitFor(script, { timeout = 15_000, interval = 100, what = script } = {}, ...args) {
    const deadline = Date.now() + timeout;
    let last;
    for (;;) {
      try {
        last = await this.execute(script, ...args);
        if (last) return last;
      } catch (e) { last = e.message; }
      if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for: ${what} (last: ${JSON.stringify(last)})`);
      await sleep(interval);
    }
  }

  /** Element references: find('css selector', 'h1'), find('xpath', '//h1'). */
  async find(using, value, from = null) {
    const path = from ? `/element/${from[ELEMENT]}/element` : '/element';
    return this.cmd('POST', path, { using, value });
  }

  async findAll(using, value, from = null) {
    const path = from ? `/element/${from[ELEMENT]}/elements` : '/elements';
    return this.cmd('POST', path, { using, value });
  }

  click(el) { return this.cmd('POST', `/element/${el[ELEMENT]}/click`, {}); }
  text(el) { return this.cmd('GET', `/element/${el[ELEMENT]}/text`); }
  property(el, name) { return this.cmd('GET', `/element/${el[ELEMENT]}/property/${encodeURIComponent(name)}`); }

  /** A PNG of the viewport; written to `path` if given. */
  async screenshot(path) {
    const b64 = await this.cmd('GET', '/screenshot');
    const png = Buffer.from(b64, 'base64');
    if (path) writeFileSync(path, png);
    return png;
  }

  /** A PNG of one element, base64-encoded as WebDriver sends it. */
  elementScreenshot(el) { return this.cmd('GET', `/element/${el[ELEMENT]}/screenshot`); }

  /**
   * What the page reported as errors so far, read from Firefox's stdout
   * (prefs devtools.console.stdout.*): uncaught exceptions and unhandled
   * rejections ("JavaScript error: <url>, line N: …") and console.error
   * calls; those of Firefox's own chrome:// and resource:// code left out.
   * Firefox may buffer a little: call flushConsole() first.
   */
  pageErrors() {
    const errors = [];
    const lines = this.output.split('\n');
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i];
      const js = line.match(/^JavaScript error: (\S+), line \d+: /);
      if (js && !/^(chrome|resource|moz-extension):/.test(js[1])) errors.push(line);
      if (line.startsWith('console.error: ') && !line.includes('e2e-flush-')) {
        let msg = line;
        while (i + 1 < lines.length && /^\s/.test(lines[i + 1])) msg += `\n${lines[++i]}`;
        // Firefox's own modules still log a few (e.g. Nimbus failing to sync
        // from the disabled Remote Settings server): their stacks are chrome code.
        if (/\b(resource|chrome):\/\//.test(msg) && !/\bfile:\/\//.test(msg)) continue;
        errors.push(msg);
      }
    }
    return errors;
  }

  /**
   * Waits until everything the page logged so far has reached us: logs a
   * marker and waits for it on Firefox's stdout, which keeps the page's order.
   */
  async flushConsole(timeout = 15_000) {
    const marker = `e2e-flush-${++this.#flushes}`;
    await this.execute(`console.error(${JSON.stringify(marker)})`);
    const deadline = Date.now() + timeout;
    while (!this.output.includes(marker)) {
      if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for Firefox's console output`);
      // Woken by the next output; the timer only bounds a wait for output that never comes.
      await new Promise((r) => { this.#outputListeners.push(r); setTimeout(r, 250); });
    }
  }

  /** Ends the session, stops geckodriver (and Firefox with it), removes the temp dir. Never throws. */
  async close() {
    if (this.sessionId) {
      try { await this.#raw('DELETE', `/session/${this.sessionId}`, undefined, 20_000); } catch { /* killed below */ }
      this.sessionId = null;
    }
    const proc = this.proc;
    if (proc && proc.exitCode === null && proc.signalCode === null) {
      try { process.kill(-proc.pid, 'SIGTERM'); } catch { /* gone */ }
      const gone = await Promise.race([this.exited.then(() => true), sleep(5000).then(() => false)]);
      if (!gone) { try { process.kill(-proc.pid, 'SIGKILL'); } catch { /* gone */ } await this.exited; }
    }
    if (proc) {
      // Firefox and its content processes share geckodriver's process group;
      // make sure none outlives it.
      for (let i = 0; i < 50 && groupAlive(proc.pid); i++) {
        try { process.kill(-proc.pid, i < 20 ? 'SIGTERM' : 'SIGKILL'); } catch { /* gone */ }
        await sleep(100);
      }
      live.delete(proc.pid);
    }
    if (this.firefoxPid && pidAlive(this.firefoxPid)) {
      try { process.kill(this.firefoxPid, 'SIGKILL'); } catch { /* gone */ }
    }
    rmSync(this.tmp, { recursive: true, force: true, maxRetries: 3 });
  }
}

function pidAlive(pid) {
  try { process.kill(pid, 0); return true; } catch (e) { return e.code === 'EPERM'; }
}

function groupAlive(pgid) {
  try { process.kill(-pgid, 0); return true; } catch (e) { return e.code === 'EPERM'; }
}

/** Whether any process of a process group (geckodriver's) is still running. */
export function processGroupAlive(pgid) { return groupAlive(pgid); }

/** Whether a process is still running. */
export function processAlive(pid) { return pidAlive(pid); }
