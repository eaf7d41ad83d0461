import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { openAtomicFile, TempFiles, writeFileAtomic } from '../src/cli/atomic-file.js';
import { main } from '../src/cli/main.js';
import { outputPath } from '../src/cli/out-path.js';
import { createStdoutSink } from '../src/cli/output.js';
import { parseExtensions, parseJobs, parseTypes } from '../src/cli/program.js';
import { DocumentSchema } from '../src/schema/document.js';
import { sha256 } from './helpers/cli.js';
import { fakeIo } from './helpers/fake-io.js';
import { makeTempDir } from './helpers/temp-dir.js';

const ESC = '\u001b[';
const cwd = makeTempDir();
const ARTICLE = 'Senator backs bill\n\n"We will pass it," Senator Ann Lee said on Monday.\n';
writeFileSync(path.join(cwd, 'a.txt'), ARTICLE);
writeFileSync(path.join(cwd, 'b.txt'), 'Plain text, no quotes at all.\r\n');
writeFileSync(path.join(cwd, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]));
writeFileSync(path.join(cwd, 'latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9]));

async function run(argv: string[], options: Partial<Parameters<typeof fakeIo>[0]> = {}) {
  const fake = fakeIo({ cwd, ...options });
  const code = await main(argv, fake.io);
  return { code, stdout: fake.stdout(), stderr: fake.stderr() };
}

/** Split pretty JSON documents written one after another. */
function parseStream(text: string): unknown[] {
  return text.split(/(?<=^\})\n/m).filter((chunk) => chunk.trim() !== '').map((chunk) => JSON.parse(chunk) as unknown);
}

describe('main: usage', () => {
  it('no input and a terminal on stdin is a usage error (2)', async () => {
    const result = await run([], { stdinIsTTY: true });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^extract-quotes: no input/);
  });

  it.each([
    [['--bogus'], /^extract-quotes: unknown option '--bogus'/],
    [['-f', 'xml', 'a.txt'], /^extract-quotes: option '-f, --format <format>' argument 'xml' is invalid/],
    [['--types', 'direct,quoted', 'a.txt'], /Unknown quote type "quoted"/],
    [['--types', ',', 'a.txt'], /Give at least one of direct, partial, indirect/],
    [['--jobs', '0', 'a.txt'], /--jobs <n>' argument '0' is invalid/],
    [['--jobs', '1.5', 'a.txt'], /--jobs <n>' argument '1.5' is invalid/],
    [['--input-format', 'csv', 'a.txt'], /argument 'csv' is invalid/],
    [['--out-dir'], /argument missing/],
  ])('%j → exit 2 with one message on stderr', async (argv, message) => {
    const result = await run(argv);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('--out-dir naming an existing file is a usage error', async () => {
    const result = await run(['a.txt', '--out-dir', 'b.txt']);
    expect(result).toEqual({ code: 2, stdout: '', stderr: 'extract-quotes: --out-dir b.txt is not a directory\n' });
  });

  it('--help prints usage and examples on stdout, exit 0', async () => {
    const result = await run(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Usage: extract-quotes [options] [inputs...]');
    expect(result.stdout).toContain('Examples:');
    for (const name of ['json', 'jsonl', 'md', 'text', 'csv', 'html']) expect(result.stdout).toContain(`  ${name} `);
    expect(result.stderr).toBe('');
  });

  it('--version prints package.json version', async () => {
    const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(await run(['--version'])).toEqual({ code: 0, stdout: `${manifest.version}\n`, stderr: '' });
  });

  it('--schema prints the JSON Schema', async () => {
    const result = await run(['--schema']);
    expect(result.code).toBe(0);
    const schema = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(Object.keys(schema.properties as object)).toContain('quotes');
  });
});

describe('option parsers', () => {
  it('parseTypes keeps schema order and drops duplicates', () => {
    expect(parseTypes('indirect, direct,direct')).toEqual(['direct', 'indirect']);
  });
  it('parseJobs takes positive integers only', () => {
    expect(parseJobs('8')).toBe(8);
    for (const bad of ['0', '-1', 'two', '', '1e3']) expect(() => parseJobs(bad)).toThrow();
  });
  it('parseExtensions strips dots and stars', () => {
    expect(parseExtensions('.txt,*.md, text')).toEqual(['txt', 'md', 'text']);
    expect(parseExtensions('*')).toEqual(['*']);
  });
});

describe('main: inputs', () => {
  it('writes one document per input, in order, with source path, bytes and sha256', async () => {
    const result = await run(['b.txt', 'a.txt']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const docs = parseStream(result.stdout).map((doc) => DocumentSchema.parse(doc));
    expect(docs.map((doc) => doc.source)).toEqual([
      { path: 'b.txt', bytes: 31, sha256: sha256('Plain text, no quotes at all.\r\n') },
      { path: 'a.txt', bytes: Buffer.byteLength(ARTICLE), sha256: sha256(ARTICLE) },
    ]);
  });

  it('reads piped stdin when there are no inputs, as "-"', async () => {
    const result = await run(['-f', 'jsonl'], { stdin: ARTICLE });
    expect(result.code).toBe(0);
    const doc = DocumentSchema.parse(JSON.parse(result.stdout));
    expect(doc.source).toEqual({ path: '-', bytes: Buffer.byteLength(ARTICLE), sha256: sha256(ARTICLE) });
  });

  it('skips a missing file and a binary file with one line each, keeps the others, exits 1', async () => {
    const result = await run(['a.txt', 'missing.txt', 'binary.txt', 'b.txt', '-f', 'jsonl']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('extract-quotes: cannot read missing.txt: no such file\nextract-quotes: binary file skipped: binary.txt\n');
    expect(result.stdout.trimEnd().split('\n').map((line) => (JSON.parse(line) as { source: { path: string } }).source.path)).toEqual(['a.txt', 'b.txt']);
  });

  it('reports invalid UTF-8 in the document, and on stderr unless --quiet', async () => {
    const loud = await run(['latin1.txt', '-f', 'jsonl']);
    expect(loud.code).toBe(0);
    expect(loud.stderr).toMatch(/^extract-quotes: latin1\.txt: The input is not valid UTF-8/);
    const doc = DocumentSchema.parse(JSON.parse(loud.stdout));
    expect(doc.warnings.map((warning) => warning.rule)).toContain('invalid-utf8');
    expect((await run(['latin1.txt', '-q'])).stderr).toBe('');
  });

  it('reads JSONL records, reporting a bad line by number and going on', async () => {
    const stdin = '{"id":"r1","text":"One."}\nnot json\n{"id":2,"text":"Two."}\n';
    const result = await run(['--input-format', 'jsonl', '-f', 'jsonl'], { stdin });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^extract-quotes: -:2: bad record: invalid JSON/);
    const docs = result.stdout.trimEnd().split('\n').map((line) => DocumentSchema.parse(JSON.parse(line)));
    expect(docs.map((doc) => [doc.source.path, doc.source.id, doc.source.sha256])).toEqual([
      ['-', 'r1', sha256('One.')],
      ['-', '2', sha256('Two.')],
    ]);
  });
});

describe('main: colour', () => {
  it.each([
    { name: 'a terminal', stdoutIsTTY: true, env: {}, argv: [], coloured: true },
    { name: 'a pipe', stdoutIsTTY: false, env: {}, argv: [], coloured: false },
    { name: 'NO_COLOR on a terminal', stdoutIsTTY: true, env: { NO_COLOR: '1' }, argv: [], coloured: false },
    { name: '--no-color on a terminal', stdoutIsTTY: true, env: {}, argv: ['--no-color'], coloured: false },
    { name: 'FORCE_COLOR on a pipe', stdoutIsTTY: false, env: { FORCE_COLOR: '1' }, argv: [], coloured: true },
  ])('json to $name: coloured=$coloured', async ({ stdoutIsTTY, env, argv, coloured }) => {
    const result = await run(['a.txt', ...argv], { stdoutIsTTY, env });
    expect(result.code).toBe(0);
    expect(result.stdout.includes(ESC)).toBe(coloured);
  });

  it('never colours jsonl or files under --out-dir', async () => {
    const env = { FORCE_COLOR: '1' };
    expect((await run(['a.txt', '-f', 'jsonl'], { env, stdoutIsTTY: true })).stdout).not.toContain(ESC);
    const outDir = path.join(cwd, 'coloured-out');
    await run(['a.txt', '-o', outDir], { env, stdoutIsTTY: true });
    expect(readFileSync(path.join(outDir, 'a.json'), 'utf8')).not.toContain(ESC);
  });
});

describe('main: --out-dir', () => {
  const tree = path.join(cwd, 'tree');
  mkdirSync(path.join(tree, 'world/europe'), { recursive: true });
  writeFileSync(path.join(tree, 'top.txt'), 'Top.');
  writeFileSync(path.join(tree, 'world/europe/paris.txt'), '"Oui," she said.');

  it('mirrors a directory, uses base names for files, writes nothing to stdout and leaves no temp files', async () => {
    const outDir = path.join(cwd, 'out-md');
    const result = await run(['tree', 'a.txt', '-f', 'md', '-o', 'out-md']);
    expect(result).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(readdirSync(outDir, { recursive: true }).map(String).sort()).toEqual(
      ['a.md', 'top.md', 'world', 'world/europe', 'world/europe/paris.md'].sort(),
    );
    expect(readFileSync(path.join(outDir, 'world/europe/paris.md'), 'utf8')).toMatch(/^# Quotes: tree\/world\/europe\/paris\.txt\n/);
  });

  it('refuses to let two inputs write the same file', async () => {
    const result = await run(['a.txt', 'tree/../a.txt', '-o', 'out-dup']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('extract-quotes: tree/../a.txt: out-dup/a.json already holds the output of a.txt; skipped\n');
  });

  it('puts all JSONL records of one input into one file', async () => {
    writeFileSync(path.join(cwd, 'feed.jsonl'), '{"id":"x","text":"One."}\n{"id":"y","text":"Two."}\n');
    const result = await run(['feed.jsonl', '--input-format', 'jsonl', '-f', 'jsonl', '-o', 'out-feed']);
    expect(result.code).toBe(0);
    expect(readdirSync(path.join(cwd, 'out-feed'))).toEqual(['feed.jsonl']);
    const lines = readFileSync(path.join(cwd, 'out-feed/feed.jsonl'), 'utf8').trimEnd().split('\n');
    expect(lines.map((line) => (JSON.parse(line) as { source: { id: string } }).source.id)).toEqual(['x', 'y']);
  });
});

describe('outputPath', () => {
  const dir = '/out';
  it.each([
    { relative: 'a.txt', expected: '/out/a.json' },
    { relative: 'world/a.TXT', expected: '/out/world/a.json' },
    { relative: 'notes.md', expected: '/out/notes.md.json' },
    { relative: 'README', expected: '/out/README.json' },
    { relative: '..a.txt', expected: '/out/..a.json' },
    { relative: '../escape.txt', expected: undefined },
    { relative: 'x/../../escape.txt', expected: undefined },
    { relative: '/etc/passwd.txt', expected: undefined },
  ])('$relative → $expected', ({ relative, expected }) => {
    expect(outputPath(dir, relative, 'json', ['txt'])).toBe(expected);
  });
});

describe('atomic files', () => {
  const dir = path.join(cwd, 'atomic');

  it('appear only on commit; abort leaves nothing', async () => {
    const temps = new TempFiles();
    const file = await openAtomicFile(path.join(dir, 'a.json'), temps);
    await file.write('{');
    await file.write('}\n');
    expect(existsSync(path.join(dir, 'a.json'))).toBe(false);
    expect(temps.size).toBe(1);
    await file.commit();
    expect(readFileSync(path.join(dir, 'a.json'), 'utf8')).toBe('{}\n');
    const aborted = await openAtomicFile(path.join(dir, 'b.json'), temps);
    await aborted.write('half');
    await aborted.abort();
    expect(readdirSync(dir)).toEqual(['a.json']);
    expect(temps.size).toBe(0);
  });

  it('remove the temp file when the rename fails', async () => {
    mkdirSync(path.join(dir, 'taken.json/inside'), { recursive: true });
    await expect(writeFileAtomic(path.join(dir, 'taken.json'), 'x', new TempFiles())).rejects.toThrow();
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('can all be removed synchronously (what a signal handler does)', async () => {
    const temps = new TempFiles();
    await openAtomicFile(path.join(dir, 'c.json'), temps);
    expect(readdirSync(dir).some((name) => name.endsWith('.tmp'))).toBe(true);
    temps.removeAllSync();
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});

describe('closed stdout (EPIPE)', () => {
  /** A stdout that accepts `limit` writes and then fails like a pipe whose reader exited. */
  function closingPipe(limit: number): { stream: Writable; writes(): number } {
    let writes = 0;
    const stream = new Writable({
      write(_chunk, _encoding, callback) {
        writes++;
        if (writes > limit) callback(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
        else callback();
      },
    });
    return { stream, writes: () => writes };
  }

  it('the sink stops writing after the error', async () => {
    const pipe = closingPipe(1);
    const sink = createStdoutSink(pipe.stream);
    await sink.write('one');
    await sink.write('two'); // fails
    await new Promise((resolve) => setImmediate(resolve));
    expect(sink.closed).toBe(true);
    await sink.write('three');
    expect(pipe.writes()).toBe(2);
  });

  it('main ends quietly with exit 0 and stops early', async () => {
    const pipe = closingPipe(2);
    const args = Array.from({ length: 50 }, () => 'a.txt');
    const fake = fakeIo({ cwd, stdoutStream: pipe.stream });
    const code = await main(args, fake.io);
    expect(code).toBe(0);
    expect(fake.stderr()).toBe('');
    expect(pipe.writes()).toBeLessThan(10);
  });
});
