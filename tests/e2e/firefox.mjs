// Debian's firefox-esr, headless, driven by `selenium-webdriver` through
// geckodriver (built from crates.io by tools/setup.sh). playwright-core can
// only drive Playwright's own patched Firefox, which this closed network
// can't download.
//
// Selenium Manager (the helper in selenium-webdriver that finds, and may
// download, drivers and browsers) is never run: geckodriver's path goes to
// firefox.ServiceBuilder and Firefox's to Options.setBinary, and
// selenium-webdriver only calls Selenium Manager when the service has no
// executable. SE_OFFLINE=true is set as well, in case it ever did.
//
// One Firefox = one geckodriver (own temp dir, free 127.0.0.1 ports, its
// output and Firefox's in a log file there) + one session. close() always
// tears all of it down; an exit hook kills what is left if a test run dies
// before close().
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, accessSync, constants } from 'node:fs';
import { tmpdir, homedir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import firefox from 'selenium-webdriver/firefox.js';

process.env.SE_OFFLINE = 'true';

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

/**
 * The processes under `pid` (itself included), read from /proc (this test
 * runs on Linux): Firefox and its content processes are geckodriver's
 * descendants.
 */
export function processTree(pid) {
  const children = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    let stat;
    try { stat = readFileSync(`/proc/${name}/stat`, 'utf8'); } catch { continue; }
    // pid (comm) state ppid …: comm may hold spaces and parentheses
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    if (!children.has(ppid)) children.set(ppid, []);
    children.get(ppid).push(Number(name));
  }
  const tree = [];
  for (const queue = [pid]; queue.length;) {
    const p = queue.shift();
    tree.push(p);
    queue.push(...(children.get(p) ?? []));
  }
  return tree;
}

/** Whether a process is still running (a zombie counts as gone). */
export function processAlive(pid) {
  try {
    process.kill(pid, 0);
  } catch (e) {
    return e.code === 'EPERM';
  }
  try { return !/\) Z /.test(readFileSync(`/proc/${pid}/stat`, 'utf8')); } catch { return false; }
}

/** The geckodriver this process started with `--profile-root <tmp>` (selenium-webdriver does not give its pid). */
function geckodriverPid(tmp) {
  for (const pid of processTree(process.pid).slice(1)) {
    try {
      const argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
      if (argv.includes(tmp) && argv.includes('--profile-root')) return pid;
    } catch { /* gone */ }
  }
  return null;
}

/** Processes close() hasn't reaped yet: killed when this process exits or is interrupted. */
const live = new Map(); // geckodriver pid → [temp dir, Firefox pid]
function killLive() {
  for (const [pid, [dir, firefoxPid]] of live) {
    for (const p of [...new Set([...processTree(pid), ...processTree(firefoxPid ?? pid)])]) {
      try { process.kill(p, 'SIGKILL'); } catch { /* gone */ }
    }
    try { rmSync(dir, { recursive: true, force: true }); } catch { /* best effort */ }
  }
  live.clear();
}
process.on('exit', killLive);
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.once(sig, () => { killLive(); process.kill(process.pid, sig); });
}

/** Resolves when `check()` holds, polling every `interval` ms; throws `what` after `timeout` ms. */
async function until(check, { timeout, interval = 50, what }) {
  const deadline = Date.now() + timeout;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, interval));
  }
}

export class Firefox {
  /**
   * Starts geckodriver + headless Firefox with a session whose viewport is
   * width × height. Throws (after cleaning up) if anything fails.
   * `ff.driver` is the selenium-webdriver WebDriver.
   */
  static async start({ width = 1280, height = 900, prefs = {} } = {}) {
    const bins = findBinaries();
    if (bins.error) throw bins.error;
    const ff = new Firefox(bins);
    try {
      await ff.#launch(width, height, prefs);
    } catch (e) {
      await ff.close();
      throw new Error(`could not start Firefox through geckodriver: ${e.message}\n--- geckodriver output ---\n${ff.output.slice(-4000)}`, { cause: e });
    }
    return ff;
  }

  #flushes = 0;

  constructor({ firefox: firefoxPath, geckodriver }) {
    this.firefoxPath = firefoxPath;
    this.geckodriverPath = geckodriver;
    this.tmp = mkdtempSync(join(tmpdir(), 'e2e-firefox-'));
    this.logPath = join(this.tmp, 'geckodriver.log');
    this.logFd = openSync(this.logPath, 'a');
    this.driver = null;
    this.geckodriverPid = null;
    this.firefoxPid = null;
  }

  async #launch(width, height, prefs) {
    const service = new firefox.ServiceBuilder(this.geckodriverPath)
      .addArguments('--host', '127.0.0.1', '--marionette-port', '0', '--profile-root', this.tmp, '--log', 'warn')
      .setEnvironment({
        ...process.env,
        TMPDIR: this.tmp, // Firefox's and geckodriver's scratch files, removed by close()
        MOZ_CRASHREPORTER_DISABLE: '1',
        MOZ_HEADLESS: '1',
        // Makes Firefox refuse any non-local connection and honour the dummy
        // Remote Settings server (release builds ignore services.settings.server
        // otherwise and keep resolving firefox.settings.services.mozilla.com).
        MOZ_DISABLE_NONLOCAL_CONNECTIONS: '1',
      })
      // geckodriver's output, Firefox's stdout with it: read by pageErrors()
      .setStdio(['ignore', this.logFd, this.logFd]);
    const options = new firefox.Options()
      .setBinary(this.firefoxPath)
      .addArguments('-headless', `--width=${width}`, `--height=${height}`)
      .setPageLoadStrategy('normal')
      .setAcceptInsecureCerts(false);
    options.set('timeouts', { pageLoad: 30_000, script: 30_000, implicit: 0 });
    for (const [k, v] of Object.entries({ ...OFFLINE_PREFS, ...prefs })) options.setPreference(k, v);

    const session = firefox.Driver.createSession(options, service.build());
    this.driver = session;
    const caps = await session.getCapabilities();
    this.geckodriverPid = geckodriverPid(this.tmp);
    this.firefoxPid = caps.get('moz:processID') ?? null;
    if (this.geckodriverPid) live.set(this.geckodriverPid, [this.tmp, this.firefoxPid]);
    // Size the window so that the viewport (not the outer window) is width × height.
    const win = session.manage().window();
    await win.setRect({ width, height });
    const [dw, dh] = await session.executeScript('return [outerWidth - innerWidth, outerHeight - innerHeight]');
    if (dw > 0 || dh > 0) await win.setRect({ width: width + dw, height: height + dh });
  }

  /** geckodriver's output so far, with Firefox's stdout. */
  get output() {
    try { return readFileSync(this.logPath, 'utf8'); } catch { return ''; }
  }

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
   * Waits until everything the page logged so far has reached the log: logs
   * a marker and waits for it in Firefox's stdout, which keeps the page's order.
   */
  async flushConsole(timeout = 15_000) {
    const marker = `e2e-flush-${++this.#flushes}`;
    await this.driver.executeScript(`console.error(${JSON.stringify(marker)})`);
    await until(() => this.output.includes(marker), { timeout, what: "Firefox's console output" });
  }

  /** Ends the session, stops geckodriver and Firefox, removes the temp dir. Never throws. */
  async close() {
    this.geckodriverPid ??= geckodriverPid(this.tmp);
    const tree = this.geckodriverPid ? processTree(this.geckodriverPid) : [];
    if (this.firefoxPid) tree.push(...processTree(this.firefoxPid));
    if (this.driver) {
      // quit() ends the session (geckodriver closes Firefox) and SIGTERMs geckodriver.
      try { await this.driver.quit(); } catch { /* killed below */ }
      this.driver = null;
    }
    try {
      await until(() => !tree.some(processAlive), { timeout: 10_000, what: 'Firefox and geckodriver to exit' });
    } catch {
      for (const p of tree) { try { process.kill(p, 'SIGKILL'); } catch { /* gone */ } }
      try { await until(() => !tree.some(processAlive), { timeout: 5_000, what: 'killed processes' }); } catch { /* reported by the caller's checks */ }
    }
    if (this.geckodriverPid) live.delete(this.geckodriverPid);
    if (this.logFd !== null) { closeSync(this.logFd); this.logFd = null; }
    rmSync(this.tmp, { recursive: true, force: true, maxRetries: 3 });
  }
}
