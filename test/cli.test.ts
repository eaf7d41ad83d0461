/**
 * The built command, run as a user runs it: `node bin/extract-quotes.js …` (needs `npm run build`).
 * Quote content is tested elsewhere; these tests check the command's behaviour and structure.
 */
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DocumentSchema, type Document } from '../src/schema/document.js';
import { assertBuilt, BIN, cleanEnv, parseJsonStream, ROOT, runCli, runProcess, sha256 } from './helpers/cli.js';
import { makeTempDir } from './helpers/temp-dir.js';

const dir = makeTempDir();
const ARTICLE = 'Mayor opens bridge\n\n"It is a great day for the city," Mayor Jo Park said on Friday.\r\n\r\nResidents cheered.\n';
const OTHER = 'Weather: sunny. No one said anything.\n';
writeFileSync(path.join(dir, 'bridge.txt'), ARTICLE);
writeFileSync(path.join(dir, 'other.txt'), OTHER);
mkdirSync(path.join(dir, 'news/local'), { recursive: true });
writeFileSync(path.join(dir, 'news/a.txt'), ARTICLE);
writeFileSync(path.join(dir, 'news/local/b.txt'), OTHER);
writeFileSync(path.join(dir, 'news/skip.md'), 'not an article');

const inDir = (args: string[], options: Parameters<typeof runCli>[1] = {}) => runCli(args, { cwd: dir, ...options });
const docs = (stdout: string): Document[] => parseJsonStream(stdout).map((value) => DocumentSchema.parse(value));

beforeAll(() => assertBuilt());

describe('the built command', { timeout: 30_000 }, () => {
  it('the shim is executable, in the file system and in git', async () => {
    expect(statSync(BIN).mode & 0o111).not.toBe(0);
    const staged = await runProcess('git', ['ls-files', '-s', 'bin/extract-quotes.js'], { cwd: ROOT });
    if (staged.stdout !== '') expect(staged.stdout).toMatch(/^100755 /);
  });

  it('json (default): one valid document per input, in order, with path, bytes and sha256', async () => {
    const result = await inDir(['bridge.txt', 'other.txt']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const [first, second] = docs(result.stdout);
    expect(first?.schemaVersion).toBe(1);
    expect(first?.source).toEqual({ path: 'bridge.txt', bytes: Buffer.byteLength(ARTICLE), sha256: sha256(ARTICLE) });
    expect(second?.source).toEqual({ path: 'other.txt', bytes: Buffer.byteLength(OTHER), sha256: sha256(OTHER) });
    expect(result.stdout).toMatch(/^\{\n  "schemaVersion": 1,\n  "source": \{\n/);
    expect(result.stdout).not.toContain('\u001b[');
  });

  it('gives byte-identical output on a second run', async () => {
    const [a, b] = await Promise.all([inDir(['bridge.txt', '-f', 'md']), inDir(['bridge.txt', '-f', 'md'])]);
    expect(a.stdout).toBe(b.stdout);
  });

  it('jsonl: one compact document per line', async () => {
    const result = await inDir(['bridge.txt', 'other.txt', '-f', 'jsonl']);
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('');
    expect(lines.slice(0, 2).map((line) => DocumentSchema.parse(JSON.parse(line)).source.path)).toEqual(['bridge.txt', 'other.txt']);
  });

  it('md: a report titled with the source path', async () => {
    const result = await inDir(['bridge.txt', '--format', 'md']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^# Quotes: bridge\.txt\n\n\d+ quotes? · \d+ speakers? · \d+ warnings?\n/);
  });

  it('text: plain when piped, coloured with FORCE_COLOR, plain again with NO_COLOR or --no-color', async () => {
    const plain = await inDir(['bridge.txt', '-f', 'text']);
    expect(plain.code).toBe(0);
    expect(plain.stdout.startsWith('bridge.txt  ')).toBe(true);
    expect(plain.stdout).not.toContain('\u001b[');
    const forced = await inDir(['bridge.txt', '-f', 'text'], { env: { FORCE_COLOR: '1' } });
    expect(forced.stdout).toContain('\u001b[');
    expect((await inDir(['bridge.txt', '-f', 'text', '--no-color'], { env: { FORCE_COLOR: '1' } })).stdout).not.toContain('\u001b[');
    expect((await inDir(['bridge.txt'], { env: { NO_COLOR: '1' } })).stdout).not.toContain('\u001b[');
  });

  it('reads piped stdin when given no inputs, and for "-"', async () => {
    for (const args of [[], ['-']]) {
      const result = await inDir([...args, '-f', 'jsonl'], { input: ARTICLE });
      expect(result.code).toBe(0);
      expect(DocumentSchema.parse(JSON.parse(result.stdout)).source).toEqual({
        path: '-',
        bytes: Buffer.byteLength(ARTICLE),
        sha256: sha256(ARTICLE),
      });
    }
  });

  it('strips a UTF-8 BOM from the text but hashes the bytes as given', async () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ARTICLE)]);
    const result = await inDir(['-f', 'jsonl'], { input: bytes });
    const doc = DocumentSchema.parse(JSON.parse(result.stdout));
    expect(doc.source.bytes).toBe(bytes.length);
    expect(doc.source.sha256).toBe(sha256(bytes));
    for (const paragraph of doc.paragraphs) expect(paragraph.end).toBeLessThanOrEqual([...ARTICLE].length);
  });

  it('walks directories in sorted order and expands quoted globs', async () => {
    const walked = await inDir(['news', '-f', 'jsonl']);
    expect(walked.code).toBe(0);
    const paths = (stdout: string) => stdout.trimEnd().split('\n').map((line) => (JSON.parse(line) as Document).source.path);
    expect(paths(walked.stdout)).toEqual(['news/a.txt', 'news/local/b.txt']);
    const globbed = await inDir(['news/**/*.txt', '*.txt', '-f', 'jsonl']);
    expect(paths(globbed.stdout)).toEqual(['news/a.txt', 'news/local/b.txt', 'bridge.txt', 'other.txt']);
  });

  it('a missing file among good ones: one line on stderr, the others still out, exit 1', async () => {
    const result = await inDir(['bridge.txt', 'nope.txt', 'other.txt']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('extract-quotes: cannot read nope.txt: no such file\n');
    expect(docs(result.stdout).map((doc) => doc.source.path)).toEqual(['bridge.txt', 'other.txt']);
  });

  it('an unreadable file is named on stderr (exit 1)', async () => {
    if (process.getuid?.() === 0) return; // root reads everything; nothing to test
    writeFileSync(path.join(dir, 'secret.txt'), 'x');
    chmodSync(path.join(dir, 'secret.txt'), 0o000);
    const result = await inDir(['secret.txt']);
    expect(result).toMatchObject({ code: 1, stdout: '', stderr: 'extract-quotes: cannot read secret.txt: permission denied\n' });
  });

  it('a binary file is skipped like grep does (exit 1)', async () => {
    writeFileSync(path.join(dir, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]));
    const result = await inDir(['image.txt', 'bridge.txt', '-f', 'jsonl']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('extract-quotes: binary file skipped: image.txt\n');
    expect(result.stdout.trimEnd().split('\n')).toHaveLength(1);
  });

  it.each([
    { args: ['--bogus', 'bridge.txt'], message: /^extract-quotes: unknown option '--bogus'/ },
    { args: ['--format', 'xml', 'bridge.txt'], message: /argument 'xml' is invalid\. Allowed choices are json, jsonl, md, text/ },
    { args: ['--types', 'direct,nope', 'bridge.txt'], message: /Unknown quote type "nope"/ },
    { args: ['--jobs', 'many', 'bridge.txt'], message: /--jobs/ },
    { args: ['bridge.txt', '--out-dir', 'other.txt'], message: /^extract-quotes: --out-dir other\.txt is not a directory\n$/ },
  ])('usage error $args → exit 2, nothing on stdout', async ({ args, message }) => {
    const result = await inDir(args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
  });

  it('--schema prints a JSON Schema with $schema', async () => {
    const result = await inDir(['--schema']);
    expect(result.code).toBe(0);
    const schema = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(schema.$schema).toMatch(/^https:\/\/json-schema\.org\//);
    expect(schema.type).toBe('object');
  });

  it('--version prints the package version', async () => {
    const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const result = await inDir(['--version']);
    expect(result).toMatchObject({ code: 0, stdout: `${manifest.version}\n`, stderr: '' });
  });

  it('--help lists the options and has an Examples section', async () => {
    const result = await inDir(['--help']);
    expect(result.code).toBe(0);
    for (const option of ['--format', '--out-dir', '--types', '--input-format', '--schema', '--no-color', '--quiet', '--jobs', '--version']) {
      expect(result.stdout).toContain(option);
    }
    expect(result.stdout).toContain('\nExamples:\n');
  });

  it('--out-dir: base names for files, mirrored layout for directories, no temp files, nothing on stdout', async () => {
    const result = await inDir(['bridge.txt', 'news', '-o', 'out', '-f', 'md']);
    expect(result).toMatchObject({ code: 0, stdout: '', stderr: '' });
    const files = readdirSync(path.join(dir, 'out'), { recursive: true }).map(String).sort();
    expect(files).toEqual(['a.md', 'bridge.md', 'local', 'local/b.md'].sort());
    expect(readFileSync(path.join(dir, 'out/local/b.md'), 'utf8')).toMatch(/^# Quotes: news\/local\/b\.txt\n/);
    // The same run to stdout gives the same bytes as the files.
    const json = await inDir(['bridge.txt', '-o', 'out-json']);
    expect(json.code).toBe(0);
    expect(readFileSync(path.join(dir, 'out-json/bridge.json'), 'utf8')).toBe((await inDir(['bridge.txt'])).stdout);
  });

  it('JSONL input: one document per record with source.id; a bad line reported with its number', async () => {
    writeFileSync(path.join(dir, 'feed.jsonl'), `${JSON.stringify({ id: 'a', text: ARTICLE })}\n{oops\n${JSON.stringify({ id: 7, text: OTHER })}\n`);
    const result = await inDir(['--input-format', 'jsonl', 'feed.jsonl', '-f', 'jsonl']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^extract-quotes: feed\.jsonl:2: bad record: invalid JSON/);
    const sources = result.stdout.trimEnd().split('\n').map((line) => DocumentSchema.parse(JSON.parse(line)).source);
    expect(sources).toEqual([
      { path: 'feed.jsonl', id: 'a', bytes: Buffer.byteLength(ARTICLE), sha256: sha256(ARTICLE) },
      { path: 'feed.jsonl', id: '7', bytes: Buffer.byteLength(OTHER), sha256: sha256(OTHER) },
    ]);
  });

  it('a closed pipe (| head -c 10) ends quietly', async () => {
    writeFileSync(path.join(dir, 'big.txt'), `${ARTICLE}\n`.repeat(2000));
    // Many inputs make sure output outlives the reader whatever the pipeline finds.
    const args = ['big.txt', ...Array.from({ length: 400 }, () => 'bridge.txt')].join(' ');
    const result = await runProcess('sh', ['-c', `"${process.execPath}" "${BIN}" ${args} | head -c 10`], { cwd: dir });
    expect(result.stdout).toBe('{\n  "schem');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });

  it('SIGINT or SIGTERM during a batch: exit 130/143 and no temp file left', async () => {
    for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
      const outDir = path.join(dir, `out-${signal}`);
      const child = spawn(process.execPath, [BIN, '--input-format', 'jsonl', '-o', outDir], { cwd: dir, env: cleanEnv() });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      // One record in, stdin left open: the output file is being written when the signal comes.
      child.stdin.write(`${JSON.stringify({ id: 1, text: ARTICLE })}\n`);
      const deadline = Date.now() + 10_000;
      while (!(existsSync(outDir) && readdirSync(outDir).some((name) => name.endsWith('.tmp')))) {
        if (Date.now() > deadline) throw new Error(`no temp file appeared; stderr: ${stderr}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      const exited = new Promise<number | null>((resolve) => child.on('exit', (exitCode) => resolve(exitCode)));
      child.kill(signal);
      expect(await exited).toBe(code);
      expect(readdirSync(outDir)).toEqual([]);
      expect(stderr).toBe('');
    }
  });
});
