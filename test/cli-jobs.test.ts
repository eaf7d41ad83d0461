/**
 * `--jobs N`: the worker pool gives the same bytes as one thread, in input order; a failing
 * input fails alone; a dead worker never hangs the batch; JSONL shards run in separate
 * processes add up to one run over the whole. (No timings here: see `npm run bench`.)
 */
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ExtractRequest } from '../src/cli/extractor.js';
import { createWorkerPool } from '../src/cli/worker-pool.js';
import { DocumentSchema } from '../src/schema/document.js';
import { assertBuilt, BIN, cleanEnv, ROOT, runCli } from './helpers/cli.js';
import { makeTempDir } from './helpers/temp-dir.js';

const dir = makeTempDir();
const FIXTURES = readdirSync(path.join(ROOT, 'fixtures')).filter((name) => name.endsWith('.txt')).sort();

// A folder of fixtures: three copies of each under different names, more inputs than one
// chunk per worker, so that the two workers really interleave.
const corpus = path.join(dir, 'corpus');
for (const copy of ['a', 'b', 'c']) {
  mkdirSync(path.join(corpus, copy), { recursive: true });
  for (const name of FIXTURES) copyFileSync(path.join(ROOT, 'fixtures', name), path.join(corpus, copy, name));
}
const EXPECTED_ORDER = ['a', 'b', 'c'].flatMap((copy) => FIXTURES.map((name) => `corpus/${copy}/${name}`));

const inDir = (args: string[], options: Parameters<typeof runCli>[1] = {}) => runCli(args, { cwd: dir, ...options });
const paths = (jsonl: string): string[] => jsonl.trimEnd().split('\n').map((line) => DocumentSchema.parse(JSON.parse(line)).source.path);

beforeAll(() => assertBuilt());

describe('--jobs', { timeout: 60_000 }, () => {
  it.each(['json', 'jsonl', 'md', 'text', 'csv', 'html'])('--jobs 2 writes the same bytes as --jobs 1 (%s, stdout)', async (format) => {
    const [one, two] = await Promise.all([inDir(['corpus', '-f', format, '--jobs', '1']), inDir(['corpus', '-f', format, '--jobs', '2'])]);
    expect(one.code).toBe(0);
    expect(one.stderr).toBe('');
    expect(two).toEqual(one);
    expect(one.stdout.length).toBeGreaterThan(0);
  });

  it('keeps input order (directory walk order) with --jobs 2', async () => {
    const result = await inDir(['corpus', '-f', 'jsonl', '--jobs', '2']);
    expect(paths(result.stdout)).toEqual(EXPECTED_ORDER);
    // Arguments in a given order stay in that order, even with a big input first.
    const big = path.join(dir, 'big.txt');
    writeFileSync(big, readFileSync(path.join(ROOT, 'fixtures', FIXTURES[0] ?? '')).toString().repeat(30));
    const shuffled = ['big.txt', ...[...EXPECTED_ORDER].reverse()];
    const given = await inDir([...shuffled, '-f', 'jsonl', '--jobs', '2']);
    expect(given.code).toBe(0);
    expect(paths(given.stdout)).toEqual(shuffled);
  });

  it('--out-dir with --jobs 2: the same files, byte for byte, as --jobs 1, and no temp files', async () => {
    const [one, two] = await Promise.all([
      inDir(['corpus', '-o', 'out-1', '--jobs', '1']),
      inDir(['corpus', '-o', 'out-2', '--jobs', '2']),
    ]);
    expect(one).toMatchObject({ code: 0, stdout: '', stderr: '' });
    expect(two).toMatchObject({ code: 0, stdout: '', stderr: '' });
    const list = (out: string) => readdirSync(path.join(dir, out), { recursive: true }).map(String).sort();
    expect(list('out-2')).toEqual(list('out-1'));
    expect(list('out-2').filter((name) => name.endsWith('.tmp'))).toEqual([]);
    for (const name of list('out-1').filter((file) => file.endsWith('.json'))) {
      expect(readFileSync(path.join(dir, 'out-2', name), 'utf8')).toBe(readFileSync(path.join(dir, 'out-1', name), 'utf8'));
    }
  });

  it('--out-dir with --jobs 2, html: the same reports and the same index.html as --jobs 1 (the index in input order)', async () => {
    const [one, two] = await Promise.all([
      inDir(['corpus', '-f', 'html', '-o', 'html-1', '--jobs', '1']),
      inDir(['corpus', '-f', 'html', '-o', 'html-2', '--jobs', '2']),
    ]);
    expect(one).toMatchObject({ code: 0, stdout: '', stderr: '' });
    expect(two).toMatchObject({ code: 0, stdout: '', stderr: '' });
    const list = (out: string) => readdirSync(path.join(dir, out), { recursive: true }).map(String).sort();
    expect(list('html-2')).toEqual(list('html-1'));
    expect(list('html-1')).toContain('index.html');
    for (const name of list('html-1').filter((file) => file.endsWith('.html'))) {
      expect(readFileSync(path.join(dir, 'html-2', name), 'utf8')).toBe(readFileSync(path.join(dir, 'html-1', name), 'utf8'));
    }
    const index = readFileSync(path.join(dir, 'html-1', 'index.html'), 'utf8');
    const linked = [...index.matchAll(/<a href="([^"]+)">/g)].map((match) => match[1]);
    expect(linked).toEqual(EXPECTED_ORDER.map((input) => input.replace(/^corpus\//, '').replace(/\.txt$/, '.html')));
  });

  it('a failing input among good ones (--jobs 2): one line each on stderr, in order, the others out, exit 1', async () => {
    writeFileSync(path.join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]));
    const args = ['corpus/a', 'binary.txt', 'corpus/b', 'missing.txt', 'corpus/c'];
    const [one, two] = await Promise.all([inDir([...args, '-f', 'jsonl', '--jobs', '1']), inDir([...args, '-f', 'jsonl', '--jobs', '2'])]);
    expect(two.code).toBe(1);
    expect(two.stderr).toBe('extract-quotes: binary file skipped: binary.txt\nextract-quotes: cannot read missing.txt: no such file\n');
    expect(paths(two.stdout)).toEqual(EXPECTED_ORDER);
    expect(two).toEqual(one);
  });

  it('--out-dir: an input that cannot be read or is binary does not take its output file from a later one (--jobs 1 and 2)', async () => {
    for (const copy of ['x', 'y', 'z']) mkdirSync(path.join(dir, 'same', copy), { recursive: true });
    writeFileSync(path.join(dir, 'same/x/news.txt'), Buffer.from([0x00, 0x01, 0x02]));
    copyFileSync(path.join(ROOT, 'fixtures', FIXTURES[0] ?? ''), path.join(dir, 'same/y/news.txt'));
    copyFileSync(path.join(ROOT, 'fixtures', FIXTURES[1] ?? ''), path.join(dir, 'same/z/news.txt'));
    // File arguments write base names: all three want out/news.json.
    const args = ['same/x/news.txt', 'same/missing/news.txt', 'same/y/news.txt', 'same/z/news.txt'];
    for (const jobs of ['1', '2']) {
      const result = await inDir([...args, '-o', `same-${jobs}`, '--jobs', jobs]);
      expect(result.code).toBe(1);
      expect(result.stderr).toBe(
        'extract-quotes: binary file skipped: same/x/news.txt\n' +
          'extract-quotes: cannot read same/missing/news.txt: no such file\n' +
          `extract-quotes: same/z/news.txt: same-${jobs}/news.json already holds the output of same/y/news.txt; skipped\n`,
      );
      expect(readdirSync(path.join(dir, `same-${jobs}`))).toEqual(['news.json']);
      expect((JSON.parse(readFileSync(path.join(dir, `same-${jobs}`, 'news.json'), 'utf8')) as { source: { path: string } }).source.path).toBe('same/y/news.txt');
    }
  });

  it('--out-dir: a file that cannot be written is reported in input order, the others are written (--jobs 1 and 2)', async () => {
    for (const jobs of ['1', '2']) {
      const out = path.join(dir, `blocked-${jobs}`);
      mkdirSync(out);
      writeFileSync(path.join(out, 'b'), 'a file where the directory b/ should go');
      const result = await inDir(['corpus', '-o', `blocked-${jobs}`, '--jobs', jobs]);
      expect(result.code).toBe(1);
      expect(result.stderr.split('\n').filter((line) => line !== '')).toEqual(
        FIXTURES.map((name) => `extract-quotes: cannot write blocked-${jobs}/b/${name.replace(/\.txt$/, '.json')}: no such file (a parent is not a directory)`),
      );
      expect(readdirSync(path.join(out, 'a')).sort()).toEqual(FIXTURES.map((name) => name.replace(/\.txt$/, '.json')));
      expect(readdirSync(path.join(out, 'c')).sort()).toEqual(FIXTURES.map((name) => name.replace(/\.txt$/, '.json')));
      expect(readdirSync(out, { recursive: true }).map(String).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    }
  });

  it.each([['1'], ['2']])('SIGINT during a --jobs %s batch into --out-dir: no temp file left, every file written whole', async (jobs) => {
    const many = path.join(dir, `many-${jobs}`);
    mkdirSync(many);
    for (let i = 0; i < 40; i++) for (const name of FIXTURES) copyFileSync(path.join(ROOT, 'fixtures', name), path.join(many, `${i}-${name}`));
    const outDir = path.join(dir, `out-signal-${jobs}`);
    const child = spawn(process.execPath, [BIN, many, '-o', outDir, '--jobs', jobs], { cwd: dir, env: cleanEnv() });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.on('exit', (code, signal) => resolve([code, signal])));
    const deadline = Date.now() + 20_000;
    while (!(existsSync(outDir) && readdirSync(outDir).length >= 3)) {
      if (Date.now() > deadline) throw new Error(`no output appeared; stderr: ${stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    child.kill('SIGINT');
    const [code, signal] = await exited;
    // --jobs 1 may be killed by the signal itself while it extracts (130 in a shell).
    expect({ code, signal, stopped: code === 130 || signal === 'SIGINT' }).toMatchObject({ stopped: true });
    expect(stderr).toBe('');
    const files = readdirSync(outDir);
    expect(files.filter((name) => !name.endsWith('.json'))).toEqual([]);
    expect(files.length).toBeLessThan(40 * FIXTURES.length);
    for (const name of files) DocumentSchema.parse(JSON.parse(readFileSync(path.join(outDir, name), 'utf8')));
  });

  it('JSONL records with --jobs 2: the same lines as --jobs 1, a bad record reported by line number', async () => {
    const records = FIXTURES.map((name, i) => JSON.stringify({ id: `r${i}`, text: readFileSync(path.join(ROOT, 'fixtures', name), 'utf8') }));
    records.splice(3, 0, '{not json');
    const input = `${records.join('\n')}\n`;
    const [one, two] = await Promise.all([
      inDir(['--input-format', 'jsonl', '-f', 'jsonl', '--jobs', '1'], { input }),
      inDir(['--input-format', 'jsonl', '-f', 'jsonl', '--jobs', '2'], { input }),
    ]);
    expect(two.code).toBe(1);
    expect(two.stderr).toMatch(/^extract-quotes: -:4: bad record: invalid JSON/);
    expect(two).toEqual(one);
    expect(two.stdout.trimEnd().split('\n').map((line) => DocumentSchema.parse(JSON.parse(line)).source.id)).toEqual(FIXTURES.map((_, i) => `r${i}`));
  });

  it('JSONL on a pipe with --jobs 2: each record is written as soon as it is done, before stdin ends', async () => {
    const child = spawn(process.execPath, [BIN, '--input-format', 'jsonl', '-f', 'jsonl', '--jobs', '2'], { cwd: dir, env: cleanEnv() });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    const waitForLines = async (count: number): Promise<void> => {
      const deadline = Date.now() + 30_000;
      while (stdout.split('\n').length - 1 < count) {
        if (Date.now() > deadline) throw new Error(`only ${stdout.split('\n').length - 1} lines after 30 s`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    };
    for (const [i, name] of FIXTURES.slice(0, 3).entries()) {
      child.stdin.write(`${JSON.stringify({ id: name, text: readFileSync(path.join(ROOT, 'fixtures', name), 'utf8') })}\n`);
      await waitForLines(i + 1); // stdin is still open here
    }
    child.stdin.end();
    expect(await exited).toBe(0);
    expect(stdout.trimEnd().split('\n').map((line) => DocumentSchema.parse(JSON.parse(line)).source.id)).toEqual(FIXTURES.slice(0, 3));
  });

  it('two JSONL shards in two processes give, together, what one run over the whole input gives', async () => {
    const lines = FIXTURES.flatMap((name, i) => [0, 1].map((copy) => JSON.stringify({ id: `${copy}-${i}`, text: readFileSync(path.join(ROOT, 'fixtures', name), 'utf8') })));
    const half = Math.ceil(lines.length / 2);
    const [shard1, shard2] = [lines.slice(0, half), lines.slice(half)].map((shard) => `${shard.join('\n')}\n`) as [string, string];
    const args = ['--input-format', 'jsonl', '-f', 'jsonl', '--jobs', '1'];
    const [whole, first, second] = await Promise.all([
      inDir(args, { input: `${lines.join('\n')}\n` }),
      inDir(args, { input: shard1 }),
      inDir(args, { input: shard2 }),
    ]);
    for (const result of [whole, first, second]) expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(whole.stdout.split('\n')).toHaveLength(lines.length + 1);
    // Same lines (as a set, and here even in the same order once the shards are concatenated).
    expect([...first.stdout.trimEnd().split('\n'), ...second.stdout.trimEnd().split('\n')].sort()).toEqual(whole.stdout.trimEnd().split('\n').sort());
    expect(first.stdout + second.stdout).toBe(whole.stdout);
  });
});

describe('the worker pool', { timeout: 30_000 }, () => {
  // A stand-in worker speaking the pool's protocol: it upper-cases texts, throws on THROW and
  // ends its thread on EXIT, which is what an out-of-memory or native crash looks like from here.
  const workerFile = path.join(dir, 'stand-in-worker.mjs');
  writeFileSync(
    workerFile,
    `import { parentPort } from 'node:worker_threads';
parentPort.on('message', ({ tasks }) => {
  for (const { id, request } of tasks) {
    if (request.text === 'EXIT') process.exit(3);
    if (request.text === 'THROW') throw new Error('uncaught in the worker');
    parentPort.postMessage({ type: 'done', id, outcome: { ok: true, rendered: request.text.toUpperCase() } });
  }
});
parentPort.postMessage({ type: 'ready' });
`,
  );
  const brokenFile = path.join(dir, 'broken-worker.mjs');
  writeFileSync(brokenFile, `throw new Error('cannot load the library');\n`);
  const request = (text: string): ExtractRequest => ({ text, path: text, types: ['direct'], keepNonQuotations: false, format: 'jsonl', colorLevel: 0 });

  it('a worker that dies fails only the input it was processing; the others are answered', async () => {
    const pool = createWorkerPool({ size: 2, chunkSize: 3, workerUrl: pathToFileURL(workerFile) });
    const texts = ['a', 'b', 'EXIT', 'c', 'd', 'THROW', 'e', 'f', 'g', 'EXIT', 'h'];
    try {
      const outcomes = await Promise.all(texts.map((text) => pool.extract(request(text))));
      expect(outcomes.map((outcome) => (outcome.ok ? outcome.rendered : 'failed'))).toEqual(
        ['A', 'B', 'failed', 'C', 'D', 'failed', 'E', 'F', 'G', 'failed', 'H'],
      );
      const reasons = outcomes.flatMap((outcome) => (outcome.ok ? [] : [outcome.reason]));
      expect(reasons).toEqual([
        'the worker processing it crashed (exit code 3)',
        'the worker processing it crashed (uncaught in the worker)',
        'the worker processing it crashed (exit code 3)',
      ]);
    } finally {
      await pool.close();
    }
  });

  it('a worker that cannot start fails every input with the reason, and does not hang', async () => {
    const pool = createWorkerPool({ size: 2, workerUrl: pathToFileURL(brokenFile) });
    try {
      const outcomes = await Promise.all(['a', 'b', 'c'].map((text) => pool.extract(request(text))));
      for (const outcome of outcomes) expect(outcome).toEqual({ ok: false, reason: 'the worker could not start (cannot load the library)' });
      expect(await pool.extract(request('late'))).toMatchObject({ ok: false });
    } finally {
      await pool.close();
    }
  });

  it('haltWrites lets no worker start another output file and waits for the one being written', async () => {
    // A stand-in worker that writes its "output file" inside the write gate, slowly.
    const gateWorker = path.join(dir, 'gate-worker.mjs');
    const { href } = pathToFileURL(path.join(ROOT, 'dist/cli/worker-pool.js'));
    writeFileSync(
      gateWorker,
      `import { writeFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { workerWriteGate } from ${JSON.stringify(href)};
const gate = workerWriteGate(workerData.gate);
parentPort.on('message', ({ tasks }) => {
  for (const { id, request } of tasks) {
    if (!gate.enter()) {
      parentPort.postMessage({ type: 'done', id, outcome: { ok: false, reason: 'refused' } });
      continue;
    }
    writeFileSync(request.path + '.entered', '');
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 300); // a slow write
    writeFileSync(request.path, 'whole');
    gate.leave();
    parentPort.postMessage({ type: 'done', id, outcome: { ok: true, rendered: 'written' } });
  }
});
parentPort.postMessage({ type: 'ready' });
`,
    );
    const pool = createWorkerPool({ size: 1, workerUrl: pathToFileURL(gateWorker) });
    const first = path.join(dir, 'gated-1');
    try {
      const written = pool.extract({ ...request('x'), path: first });
      while (!existsSync(`${first}.entered`)) await new Promise((resolve) => setTimeout(resolve, 5));
      pool.haltWrites();
      // It returned only once the write in progress was over.
      expect(readFileSync(first, 'utf8')).toBe('whole');
      expect(await written).toEqual({ ok: true, rendered: 'written' });
      expect(await pool.extract({ ...request('y'), path: path.join(dir, 'gated-2') })).toEqual({ ok: false, reason: 'refused' });
      expect(existsSync(path.join(dir, 'gated-2.entered'))).toBe(false);
    } finally {
      await pool.close();
    }
  });

  it('the real worker (dist/cli/worker.js) renders what the main thread renders', async () => {
    const text = readFileSync(path.join(ROOT, 'fixtures', FIXTURES[0] ?? ''), 'utf8');
    const pool = createWorkerPool({ size: 1 });
    try {
      const outcome = await pool.extract({ ...request(text), types: ['direct', 'partial', 'indirect'], path: 'x.txt' });
      const local = await inDir(['-f', 'jsonl', '--jobs', '1'], { input: text });
      expect(outcome.ok).toBe(true);
      if (outcome.ok) expect(outcome.rendered.replace('"path":"x.txt"', '"path":"-"')).toBe(local.stdout);
    } finally {
      await pool.close();
    }
  });
});
