/**
 * The progress line: only on a terminal, never with --quiet or in CI, never on stdout,
 * redrawn in place and cleared at the end. A fake clock makes every batch "long".
 */
import { copyFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { createProgress, progressWanted } from '../src/cli/progress.js';
import { assertBuilt, ROOT, runCli } from './helpers/cli.js';
import { collector, fakeIo } from './helpers/fake-io.js';
import { makeTempDir } from './helpers/temp-dir.js';

const cwd = makeTempDir();
const FIXTURES = readdirSync(path.join(ROOT, 'fixtures')).filter((name) => name.endsWith('.txt')).sort();
for (const name of FIXTURES) copyFileSync(path.join(ROOT, 'fixtures', name), path.join(cwd, name));

const CLEAR = '\r\u001b[K';

/** A clock that moves a second on every reading: every batch looks long. */
function fastClock(): () => number {
  let t = 0;
  return () => (t += 1000);
}

/** Run main in-process with stderr as a terminal (or not) and a fast clock. */
async function run(argv: string[], { tty, env = {} }: { tty: boolean; env?: Record<string, string> }) {
  const fake = fakeIo({ cwd, env });
  const code = await main(argv, { ...fake.io, stderrIsTTY: tty, now: fastClock() });
  return { code, stdout: fake.stdout(), stderr: fake.stderr() };
}

beforeAll(() => assertBuilt());

describe('progressWanted', () => {
  it.each([
    { tty: true, quiet: false, env: {}, wanted: true },
    { tty: false, quiet: false, env: {}, wanted: false },
    { tty: true, quiet: true, env: {}, wanted: false },
    { tty: true, quiet: false, env: { CI: 'true' }, wanted: false },
    { tty: true, quiet: false, env: { CI: '1' }, wanted: false },
    { tty: true, quiet: false, env: { GITHUB_ACTIONS: 'true' }, wanted: false },
    { tty: true, quiet: false, env: { CI: 'false' }, wanted: true },
    { tty: true, quiet: false, env: { TERM: 'dumb' }, wanted: false },
  ])('stderr TTY $tty, quiet $quiet, env $env → $wanted', ({ tty, quiet, env, wanted }) => {
    expect(progressWanted({ stderrIsTTY: tty, env }, quiet)).toBe(wanted);
  });
});

describe('createProgress', () => {
  it('draws nothing for the first second, then done/total, rate and time left; hides and clears', () => {
    let t = 0;
    const err = collector();
    const progress = createProgress({ stream: err.stream, noun: 'files', now: () => t, timer: false });
    progress.setTotal(10);
    t = 500;
    progress.advance(1);
    expect(err.text()).toBe('');
    t = 2000;
    progress.advance(1);
    expect(err.text()).toBe(`${CLEAR}extract-quotes: 2/10 files · 1.0/s · 0:08 left`);
    progress.hide();
    expect(err.text().endsWith(CLEAR)).toBe(true);
    t = 4000;
    progress.advance(3);
    expect(err.text().endsWith(`${CLEAR}extract-quotes: 5/10 files · 1.3/s · 0:04 left`)).toBe(true);
    progress.finish();
    expect(err.text().endsWith(CLEAR)).toBe(true);
    const before = err.text();
    t = 9000;
    progress.advance(1);
    progress.draw();
    expect(err.text()).toBe(before);
  });

  it('JSONL: records and a percentage of the bytes, cut to the terminal width', () => {
    let t = 0;
    const err = collector();
    const progress = createProgress({ stream: err.stream, noun: 'records', now: () => t, timer: false, columns: 40 });
    progress.setTotal(1000);
    t = 2000;
    progress.advance(4, 250);
    expect(err.text()).toBe(`${CLEAR}${'extract-quotes: 4 records · 25% · 2.0/s · 0:06 left'.slice(0, 39)}`);
  });
});

describe('the progress line in a batch', { timeout: 60_000 }, () => {
  const args = [...FIXTURES, '-f', 'jsonl', '--jobs', '1'];

  it('appears on a terminal (the control for the tests below), never on stdout, and is cleared at the end', async () => {
    const result = await run(args, { tty: true });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(`${CLEAR}extract-quotes: `);
    expect(result.stderr).toMatch(/\d+\/6 files/);
    expect(result.stderr.endsWith(CLEAR)).toBe(true);
    expect(result.stdout).not.toContain('\r');
    expect(result.stdout).not.toContain('files');
    expect(result.stdout.trimEnd().split('\n')).toHaveLength(FIXTURES.length);
  });

  it('a message in the middle of a batch clears the line first', async () => {
    const result = await run([FIXTURES[0] ?? '', 'missing.txt', ...FIXTURES.slice(1), '-f', 'jsonl', '--jobs', '1'], { tty: true });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${CLEAR}extract-quotes: cannot read missing.txt: no such file\n`);
  });

  it.each([
    { name: 'stderr is not a terminal', tty: false, env: {}, extra: [] },
    { name: 'CI=true', tty: true, env: { CI: 'true' }, extra: [] },
    { name: '--quiet', tty: true, env: {}, extra: ['--quiet'] },
  ])('never appears when $name', async ({ tty, env, extra }) => {
    const result = await run([...args, ...extra], { tty, env });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
  });

  it('never appears from the built command with stderr on a pipe, with workers either', async () => {
    const result = await runCli([...FIXTURES, ...FIXTURES.map((name) => `./${name}`), '-f', 'jsonl', '--jobs', '2'], { cwd });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout.trimEnd().split('\n')).toHaveLength(2 * FIXTURES.length);
  });
});
