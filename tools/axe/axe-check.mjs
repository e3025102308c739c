#!/usr/bin/env node
// axe-check: run axe-core on the project's HTML output in Debian's headless
// Chromium, and check that each page reflows at 320 CSS px.
//
// Usage: node axe-check.mjs [options] FILE|DIR [FILE|DIR ...]
// One JSON object per checked file on stdout, one a line, in input order.
// Exit code: 0 no violations, 1 at least one violation, 2 setup failure or a
// file that could not be checked. See README.md.

import { createRequire } from 'node:module';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
// The folder whose node_modules holds axe-core and playwright-core; the
// axe-check wrapper sets it when it installs them somewhere else.
const PREFIX = process.env.AXE_CHECK_PREFIX || HERE;
const CHROMIUM = process.env.AXE_CHECK_CHROMIUM || '/usr/bin/chromium';

const DEFAULT_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];
// WCAG 1.3.1 rules that axe marks experimental (no tag selects them). They
// catch what PDF conversion gets wrong: data cells without header cells, a
// caption inside a table cell, a bold paragraph used as a heading.
const DEFAULT_EXTRA_RULES = ['td-has-header', 'table-fake-caption', 'p-as-heading'];
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const DESKTOP = { width: 1280, height: 800 };
const NARROW = { width: 320, height: 640 }; // WCAG 1.4.10: 320 CSS px
const MAX_TARGETS = 10; // selectors listed per violated rule

const USAGE = `Usage: axe-check [options] FILE|DIR [FILE|DIR ...]

Loads each HTML file (a directory means every *.html below it, sorted) in
headless Chromium (${CHROMIUM}), runs axe-core with the tags
${DEFAULT_TAGS.join(', ')} plus the rules ${DEFAULT_EXTRA_RULES.join(', ')}
at ${DESKTOP.width}x${DESKTOP.height}, then checks reflow at ${NARROW.width} CSS px.
Prints one JSON line per file on stdout:
  {"file","violations":N,"ids":[...],"details":[{"id","impact","help","count","nodes":[...]}],
   "reflow320":true|false,"scrollWidth320":N,"passes":N,"incomplete":N}
or {"file","error"} when a file could not be checked.
"reflow320" is true when the page has no page-level horizontal scroll at
320 CSS px (documentElement.scrollWidth <= clientWidth).

Options:
  --files-from F   read more inputs from file F, one a line ("-": stdin)
  --tags a,b       axe tags instead of the default ones
  --rules a,b      extra rule ids instead of the default ones ('' for none)
  --no-reflow      skip the 320 px reflow check ("reflow320": null)
  --jobs N         check N files at a time, one tab each (default ${defaultJobs()})
  --timeout MS     time limit for loading, and again for checking, each file (default 60000)
  --pretty         indent the JSON
  -h, --help       this help

Exit code: 0 no violations, 1 at least one violation,
2 setup failure (no Chromium, no npm packages) or a file that could not be checked.
Reflow is reported, not counted in the exit code.`;

// One tab at a time by default: on a 2-core machine a second tab gained
// nothing measurable. More may pay off where there are cores to spare.
function defaultJobs() {
  const n = typeof availableParallelism === 'function' ? availableParallelism() : 1;
  return n >= 8 ? 2 : 1;
}

function fail(message) {
  process.stderr.write(`axe-check: ${message}\n`);
  process.exit(2);
}

function parseArgs(argv) {
  const opts = {
    tags: DEFAULT_TAGS,
    rules: DEFAULT_EXTRA_RULES,
    reflow: true,
    jobs: defaultJobs(),
    timeout: 60000,
    pretty: false,
    inputs: [],
  };
  const csv = (s) => s.split(',').map((t) => t.trim()).filter(Boolean);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) fail(`${a} needs a value`);
      return argv[++i];
    };
    if (a === '-h' || a === '--help') {
      process.stdout.write(USAGE + '\n');
      process.exit(0);
    } else if (a === '--tags') {
      opts.tags = csv(value());
      if (opts.tags.length === 0) fail('--tags is empty');
    } else if (a === '--rules') {
      opts.rules = csv(value());
    } else if (a === '--no-reflow') {
      opts.reflow = false;
    } else if (a === '--jobs') {
      opts.jobs = Number(value());
      if (!Number.isInteger(opts.jobs) || opts.jobs < 1) fail('--jobs must be a positive integer');
    } else if (a === '--timeout') {
      opts.timeout = Number(value());
      if (!Number.isFinite(opts.timeout) || opts.timeout <= 0) fail('--timeout must be a positive number');
    } else if (a === '--files-from') {
      const f = value();
      let text;
      try {
        text = readFileSync(f === '-' ? 0 : f, 'utf8');
      } catch (err) {
        fail(`cannot read --files-from ${f}: ${err.message}`);
      }
      opts.inputs.push(...text.split(/\r?\n/).filter((l) => l.trim() !== ''));
    } else if (a === '--pretty') {
      opts.pretty = true;
    } else if (a === '--') {
      opts.inputs.push(...argv.slice(i + 1));
      break;
    } else if (a.startsWith('-') && a !== '-') {
      fail(`unknown option ${a}\n\n${USAGE}`);
    } else {
      opts.inputs.push(a);
    }
  }
  if (opts.inputs.length === 0) fail(`no input given\n\n${USAGE}`);
  return opts;
}

// All *.html files below dir, depth first, names sorted.
function htmlFilesUnder(dir) {
  const out = [];
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...htmlFilesUnder(p));
    else if (e.isFile() && e.name.toLowerCase().endsWith('.html')) out.push(p);
  }
  return out;
}

// Inputs to the list of {file, url | error}: directories expand to their files.
function expandInputs(inputs) {
  const items = [];
  for (const input of inputs) {
    const file = input.startsWith('file://') ? fileURLToPath(input) : input;
    let st;
    try {
      st = statSync(file);
    } catch {
      items.push({ file: input, error: `no such file or directory: ${input}` });
      continue;
    }
    if (st.isDirectory()) {
      const files = htmlFilesUnder(file);
      if (files.length === 0) process.stderr.write(`axe-check: no *.html files under ${input}\n`);
      for (const f of files) items.push({ file: f, url: pathToFileURL(path.resolve(f)).href });
    } else if (st.isFile()) {
      items.push({ file: input, url: pathToFileURL(path.resolve(file)).href });
    } else {
      items.push({ file: input, error: `not a file: ${input}` });
    }
  }
  return items;
}

// The pages are local and self-contained; anything from the network is a bug.
function isLocalRequest(urlString) {
  try {
    return ['file:', 'data:', 'blob:', 'about:'].includes(new URL(urlString).protocol);
  } catch {
    return false;
  }
}

function withTimeout(promise, ms, what) {
  let timer;
  const expired = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, expired]).finally(() => clearTimeout(timer));
}

// axe gives one selector per frame level; a nested array steps into shadow DOM.
function formatTarget(target) {
  return target.map((t) => (Array.isArray(t) ? t.join(' >>> ') : t)).join(' | ');
}

// Runs in the page.
async function runAxeInPage({ options, maxTargets }) {
  if (document.fonts && document.fonts.ready) await document.fonts.ready;
  const r = await window.axe.run(document, options);
  return {
    violations: r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      count: v.nodes.length,
      nodes: v.nodes.slice(0, maxTargets).map((n) => n.target),
    })),
    passes: r.passes.length,
    incomplete: r.incomplete.length,
  };
}

// Runs in the page at 320 px: page-level horizontal scroll, and the elements
// that stick out furthest (to make a failure easy to fix).
function measureReflowInPage(maxOffenders) {
  const de = document.documentElement;
  const clientWidth = de.clientWidth;
  const scrollWidth = de.scrollWidth;
  const offenders = [];
  if (scrollWidth > clientWidth) {
    const describe = (el) => {
      let s = el.localName;
      if (el.id) s += '#' + el.id;
      else if (el.classList.length) s += '.' + [...el.classList].join('.');
      return s;
    };
    const wide = [];
    // Inside a container that scrolls or clips (a wide table in its own
    // scroll box) an element does not widen the page.
    const clipped = (el) => {
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        if (getComputedStyle(p).overflowX !== 'visible') return true;
      }
      return false;
    };
    for (const el of document.body ? document.body.querySelectorAll('*') : []) {
      const r = el.getBoundingClientRect();
      if (r.right > clientWidth + 1 && r.width > 0 && !clipped(el)) wide.push([r.right, el]);
    }
    // Report the outermost elements that stick out, widest first.
    const set = new Set(wide.map(([, el]) => el));
    for (const [right, el] of wide.sort((a, b) => b[0] - a[0])) {
      let p = el.parentElement;
      let inner = false;
      while (p) {
        if (set.has(p)) { inner = true; break; }
        p = p.parentElement;
      }
      if (!inner) offenders.push(`${describe(el)} (right edge ${Math.round(right)}px)`);
      if (offenders.length >= maxOffenders) break;
    }
  }
  return { scrollWidth, clientWidth, offenders };
}

// One tab, reused for file after file: a fresh tab per file costs far more.
class Worker {
  constructor(context, opts) {
    this.context = context;
    this.opts = opts;
    this.page = null;
    this.current = null;
    this.blocked = [];
    this.narrow = false; // a new tab starts at the context's viewport: DESKTOP
  }

  async openPage() {
    const page = await this.context.newPage();
    this.narrow = false;
    await page.route('**/*', (route) => {
      const u = route.request().url();
      if (isLocalRequest(u)) return route.continue();
      this.blocked.push(u);
      return route.abort('blockedbyclient');
    });
    page.on('pageerror', (err) => {
      process.stderr.write(`axe-check: ${this.current}: page error: ${err.message}\n`);
    });
    this.page = page;
  }

  async check(item) {
    if (!this.page) await this.openPage();
    this.current = item.file;
    this.blocked = [];
    try {
      return await this.run(item);
    } catch (err) {
      // The tab may be stuck: the next file gets a new one.
      const page = this.page;
      this.page = null;
      await page.close().catch(() => {});
      throw err;
    }
  }

  async run(item) {
    const page = this.page;
    const t = this.opts.timeout;
    // The tab keeps the viewport of the previous file: when that was the
    // narrow one (after a reflow check), measure reflow first and axe after
    // widening; otherwise the other way round. One resize per file, not two.
    const narrowFirst = this.opts.reflow && this.narrow;
    if (!this.opts.reflow && this.narrow) await this.resize(DESKTOP);
    await page.goto(item.url, { waitUntil: 'load', timeout: t });
    for (const u of this.blocked) {
      process.stderr.write(`axe-check: ${item.file}: blocked non-local request ${u}\n`);
    }
    let reflow = null;
    if (narrowFirst) {
      reflow = await this.measureReflow();
      await this.resize(DESKTOP);
    }
    const r = await withTimeout(
      page.evaluate(runAxeInPage, { options: this.axeOptions(), maxTargets: MAX_TARGETS }),
      t,
      'running axe',
    );
    if (this.opts.reflow && !narrowFirst) {
      await this.resize(NARROW);
      reflow = await this.measureReflow();
    }
    const out = {
      file: item.file,
      violations: r.violations.length,
      ids: r.violations.map((v) => v.id),
      details: r.violations.map((v) => ({ ...v, nodes: v.nodes.map(formatTarget) })),
      reflow320: null,
    };
    if (reflow) {
      out.reflow320 = reflow.scrollWidth <= reflow.clientWidth;
      out.scrollWidth320 = reflow.scrollWidth;
      if (!out.reflow320) out.overflow320 = reflow.offenders;
    }
    out.passes = r.passes;
    out.incomplete = r.incomplete;
    return out;
  }

  axeOptions() {
    return {
      runOnly: { type: 'tag', values: this.opts.tags },
      rules: Object.fromEntries(this.opts.rules.map((id) => [id, { enabled: true }])),
      resultTypes: ['violations'],
    };
  }

  async resize(size) {
    await this.page.setViewportSize(size);
    this.narrow = size === NARROW;
  }

  // Reading scrollWidth forces a layout at the current width: no need to wait a frame.
  measureReflow() {
    return withTimeout(this.page.evaluate(measureReflowInPage, 5), this.opts.timeout, 'reflow check');
  }
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const items = expandInputs(opts.inputs);

  const require = createRequire(path.join(PREFIX, 'package.json'));
  let chromium;
  let axeSource;
  try {
    ({ chromium } = require('playwright-core'));
    axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  } catch (err) {
    fail(`cannot load axe-core/playwright-core from ${PREFIX}/node_modules (run tools/axe/axe-check, or scripts/setup.sh): ${err.message}`);
  }
  if (!existsSync(CHROMIUM)) {
    fail(`${CHROMIUM} not found: run scripts/setup.sh (or apt-get install chromium)`);
  }

  const userDataDir = mkdtempSync(path.join(tmpdir(), 'eqpdf-axe-profile-'));
  process.on('exit', () => rmSync(userDataDir, { recursive: true, force: true }));
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, () => process.exit(2));

  let context;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: DESKTOP,
      timeout: 60000,
      serviceWorkers: 'block',
    });
  } catch (err) {
    fail(`could not start ${CHROMIUM}: ${String(err.message).split('\n')[0]}`);
  }
  // axe goes into every frame as it is created. Local files all have origin
  // "null", so frames must be allowed to talk to each other.
  await context.addInitScript({
    content: `${axeSource}\n;window.axe.configure({ allowedOrigins: ['<unsafe_all_origins>'] });`,
  });
  // The persistent context opens with one blank tab; it is not used.
  const spare = context.pages();

  // Results are printed in input order as soon as all earlier ones are done.
  const results = new Array(items.length);
  let printed = 0;
  let exitCode = 0;
  const flush = () => {
    while (printed < items.length && results[printed] !== undefined) {
      const out = results[printed++];
      if (out.error !== undefined) exitCode = 2;
      else if (out.violations > 0 && exitCode === 0) exitCode = 1;
      process.stdout.write(JSON.stringify(out, null, opts.pretty ? 2 : 0) + '\n');
    }
  };

  let next = 0;
  const work = async () => {
    const worker = new Worker(context, opts);
    while (next < items.length) {
      const i = next++;
      const item = items[i];
      if (item.error !== undefined) {
        results[i] = { file: item.file, error: item.error };
      } else {
        try {
          results[i] = await worker.check(item);
        } catch (err) {
          results[i] = { file: item.file, error: String(err && err.message ? err.message : err).split('\n')[0] };
        }
      }
      flush();
    }
  };
  const jobs = Math.min(opts.jobs, Math.max(1, items.length));
  await Promise.all(Array.from({ length: jobs }, work));
  for (const p of spare) await p.close().catch(() => {});
  await context.close().catch(() => {});
  return exitCode;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`axe-check: ${err && err.stack ? err.stack : err}\n`);
    process.exitCode = 2;
  },
);
