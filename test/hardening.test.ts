/**
 * Hardened against bad input and faults (issue #7): scraped archives with broken encodings,
 * binaries, truncated files, huge dumps and jobs killed half-way. Whatever happens, the command
 * never crashes with a stack trace, never hangs, never leaves a half-written or temporary file,
 * never writes outside --out-dir, and always says what happened.
 *
 * ONE table, {@link MATRIX}: each case sets up a fresh directory, runs the command (in-process
 * through `main(argv, io)`, as the built command, or in a shell pipeline) and states the exit
 * status and the stderr it expects. Every case also checks: no stack trace, no temporary file
 * left anywhere, and every document on stdout valid against DocumentSchema.
 * Messages and exit statuses are listed in the README (sections Messages and Exit codes).
 */
import { spawn } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../src/cli/main.js';
import { DocumentSchema, type Document } from '../src/schema/document.js';
import { contractProblems } from '../scripts/fuzz.mjs';
import { assertBuilt, BIN, cleanEnv, parseJsonStream, runCli, runProcess } from './helpers/cli.js';
import { fakeIo } from './helpers/fake-io.js';
import { makeTempDir } from './helpers/temp-dir.js';

/** Writes to files fail with ENOSPC while this is on: a full disk, injected into fs/promises and fs. */
const disk = vi.hoisted(() => ({ full: false }));
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  const enospc = async (): Promise<never> => {
    throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
  };
  const open: typeof actual.open = async (...args) => {
    const handle = await actual.open(...args);
    if (!disk.full) return handle;
    return new Proxy(handle, {
      get(target, key) {
        if (key === 'writeFile' || key === 'write') return enospc;
        const value: unknown = Reflect.get(target, key);
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
  };
  return { ...actual, open, default: { ...actual, open } };
});
// The same for synchronous writes to an open file (text files under --out-dir are written so).
vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs')>();
  const writeFileSync: typeof actual.writeFileSync = (file, ...rest) => {
    if (disk.full && typeof file === 'number') throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    actual.writeFileSync(file, ...rest);
  };
  return { ...actual, writeFileSync, default: { ...actual, writeFileSync } };
});

const ROOT_USER = process.getuid?.() === 0;
const root = makeTempDir('extract-quotes-hardening-');
const ARTICLE = 'Mayor opens bridge\n\n"It is a great day for the city," Mayor Jo Park said on Friday.\n';

/** What a run gave. */
interface Result {
  code: number | null;
  stdout: string;
  stderr: string;
}

interface Case {
  /** What is tested. */
  readonly case: string;
  /** Make the files in a fresh directory (the working directory of the run). */
  readonly setup?: (dir: string) => void;
  /** Command-line arguments. */
  readonly args: readonly string[];
  /** in-process main() (default), the built command, or a shell line (`$BIN` is the command). */
  readonly via?: 'main' | 'command' | { shell: string };
  readonly stdin?: string | Uint8Array;
  /** Inject ENOSPC into every file write. */
  readonly diskFull?: boolean;
  readonly expectExit: number;
  /** The whole of stderr must match. */
  readonly expectStderr: RegExp;
  /** More checks on the result and the directory. */
  readonly check?: (result: Result, dir: string) => void;
  /** stdout is cut short on purpose (`| head`): not parsed as documents. */
  readonly cutStdout?: boolean;
}

// ---- Inputs ------------------------------------------------------------------------------

const write = (dir: string, name: string, content: string | Uint8Array): void => {
  mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
  writeFileSync(path.join(dir, name), content);
};
const utf16 = (text: string, order: 'LE' | 'BE'): Buffer => {
  const body = Buffer.from(text, 'utf16le');
  if (order === 'BE') body.swap16();
  return Buffer.concat([Buffer.from(order === 'LE' ? [0xff, 0xfe] : [0xfe, 0xff]), body]);
};
/** A 5 MB single line of prose with a quotation every ~2 KB. */
const fiveMegabyteLine = (): string => {
  const sentence = 'The council met on Monday and the members talked about the budget for the coming year. ';
  const quote = '"We will pass it," said Ann Lee. ';
  let line = '';
  while (line.length < 5_000_000) line += sentence.repeat(24) + quote;
  return line;
};
/** 5,000 levels of quotation inside quotation, alternating glyphs. */
const deeplyNested = (): string => {
  const opens = ['"', '“', "'", '‘', '«', '„'];
  const closes = ['"', '”', "'", '’', '»', '“'];
  let text = 'She said ';
  for (let i = 0; i < 5_000; i++) text += `${opens[i % 6]}level ${i} `;
  for (let i = 4_999; i >= 0; i--) text += `${closes[i % 6]} `;
  return `${text}and left.\n`;
};

// ---- Checks --------------------------------------------------------------------------------

/** Parse the documents on stdout (json or jsonl); each must validate. */
function documents(stdout: string): Document[] {
  const trimmed = stdout.trim();
  if (trimmed === '') return [];
  const values = trimmed.startsWith('{"') ? trimmed.split('\n').map((line) => JSON.parse(line) as unknown) : parseJsonStream(stdout);
  return values.map((value) => DocumentSchema.parse(value));
}

/** The one document on stdout, checked against the contract for the text it was made from. */
function oneDocumentFor(text: string) {
  return (result: Result): void => {
    const docs = documents(result.stdout);
    expect(docs).toHaveLength(1);
    expect(contractProblems(text, docs[0], DocumentSchema)).toEqual([]);
  };
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true }).map(String).sort();
}

function sourcePaths(result: Result): string[] {
  return documents(result.stdout).map((doc) => doc.source.path);
}

// ---- The matrix -----------------------------------------------------------------------------

const MATRIX: readonly Case[] = [
  // Content
  { case: 'empty file', setup: (d) => write(d, 'empty.txt', ''), args: ['empty.txt', '-f', 'jsonl'], expectExit: 0, expectStderr: /^$/, check: oneDocumentFor('') },
  { case: 'whitespace only', setup: (d) => write(d, 'blank.txt', ' \n\t\r\n  \n\n'), args: ['blank.txt', '-f', 'jsonl'], expectExit: 0, expectStderr: /^$/, check: oneDocumentFor(' \n\t\r\n  \n\n') },
  { case: 'only quote marks', setup: (d) => write(d, 'marks.txt', '"“”‘’«»„\'\'\' " " ” “ ‹›'), args: ['marks.txt', '-f', 'jsonl'], expectExit: 0, expectStderr: /^$/, check: oneDocumentFor('"“”‘’«»„\'\'\' " " ” “ ‹›') },
  { case: '100,000 unbalanced straight quote marks', setup: (d) => write(d, 'q.txt', '"'.repeat(100_001)), args: ['q.txt', '-f', 'jsonl'], expectExit: 0, expectStderr: /^$/, check: oneDocumentFor('"'.repeat(100_001)) },
  { case: '100,000 closing quote marks with nothing open', setup: (d) => write(d, 'q.txt', '” '.repeat(100_000)), args: ['q.txt', '-f', 'jsonl'], expectExit: 0, expectStderr: /^$/, check: oneDocumentFor('” '.repeat(100_000)) },
  { case: 'a 5 MB single line', setup: (d) => write(d, 'line.txt', fiveMegabyteLine()), args: ['line.txt', '-f', 'jsonl'], expectExit: 0, expectStderr: /^$/, check: (r) => expect(documents(r.stdout)[0]?.quotes.length).toBeGreaterThan(1000) },
  { case: 'deeply nested quotes (5,000 levels)', setup: (d) => write(d, 'nested.txt', deeplyNested()), args: ['nested.txt', '-f', 'jsonl'], expectExit: 0, expectStderr: /^$/, check: oneDocumentFor(deeplyNested()) },
  { case: 'control characters', setup: (d) => write(d, 'ctrl.txt', 'A\u0001\u0002\u001b[31m "hi\u0007," he\u000b said.\u007f\u001f\f\r'), args: ['ctrl.txt', '-f', 'jsonl'], expectExit: 0, expectStderr: /^$/, check: oneDocumentFor('A\u0001\u0002\u001b[31m "hi\u0007," he\u000b said.\u007f\u001f\f\r') },
  { case: 'NUL bytes: skipped as binary, named', setup: (d) => write(d, 'nul.txt', 'text\0more text'), args: ['nul.txt'], expectExit: 1, expectStderr: /^extract-quotes: binary file skipped: nul\.txt\n$/, check: (r) => expect(r.stdout).toBe('') },
  {
    case: 'a binary file in a folder: skipped, the others processed',
    setup: (d) => {
      write(d, 'news/a.txt', ARTICLE);
      write(d, 'news/image.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
      write(d, 'news/z.txt', ARTICLE);
    },
    args: ['news', '-f', 'jsonl'],
    expectExit: 1,
    expectStderr: /^extract-quotes: binary file skipped: news\/image\.txt\n$/,
    check: (r) => expect(sourcePaths(r)).toEqual(['news/a.txt', 'news/z.txt']),
  },
  {
    case: 'invalid UTF-8: replacement characters and a warning, offsets still valid',
    setup: (d) => write(d, 'latin1.txt', Buffer.concat([Buffer.from('"Caf'), Buffer.from([0xe9]), Buffer.from('," said Ann Lee. '), Buffer.from([0xff, 0xfe]), Buffer.from(' "Ol'), Buffer.from([0xe9]), Buffer.from('."')])),
    args: ['latin1.txt', '-f', 'jsonl'],
    expectExit: 0,
    expectStderr: /^extract-quotes: latin1\.txt: The input is not valid UTF-8: 4 invalid byte sequences replaced with U\+FFFD\.\n$/,
    check: (r) => {
      oneDocumentFor('"Caf\ufffd," said Ann Lee. \ufffd\ufffd "Ol\ufffd."')(r);
      expect(documents(r.stdout)[0]?.warnings.map((w) => w.rule)).toContain('invalid-utf8');
      expect(documents(r.stdout)[0]?.quotes[0]?.text).toBe('Caf\ufffd,');
    },
  },
  {
    case: 'UTF-16 LE with a BOM: decoded, with a warning',
    setup: (d) => write(d, 'le.txt', utf16('"Hi 😀," Ann Lee said.\r\n', 'LE')),
    args: ['le.txt', '-f', 'jsonl'],
    expectExit: 0,
    expectStderr: /^extract-quotes: le\.txt: The input was UTF-16 LE \(byte-order mark found\); offsets count code points of the decoded text\.\n$/,
    check: (r) => {
      oneDocumentFor('"Hi 😀," Ann Lee said.\r\n')(r);
      expect(documents(r.stdout)[0]?.quotes[0]).toMatchObject({ text: 'Hi 😀,', start: 1, end: 6 });
    },
  },
  {
    case: 'UTF-16 BE with a BOM: decoded, with a warning',
    setup: (d) => write(d, 'be.txt', utf16('"Hi," Ann Lee said.', 'BE')),
    args: ['be.txt', '-f', 'jsonl'],
    expectExit: 0,
    expectStderr: /^extract-quotes: be\.txt: The input was UTF-16 BE/,
    check: oneDocumentFor('"Hi," Ann Lee said.'),
  },
  {
    case: 'mixed CRLF and LF line ends: kept and counted',
    setup: (d) => write(d, 'mixed.txt', 'Title\r\n\r\n"One," said Ann Lee.\n\n"Two,"\r\nshe said.\r\n\n\r\n"Three."'),
    args: ['mixed.txt', '-f', 'jsonl'],
    expectExit: 0,
    expectStderr: /^$/,
    check: oneDocumentFor('Title\r\n\r\n"One," said Ann Lee.\n\n"Two,"\r\nshe said.\r\n\n\r\n"Three."'),
  },

  // Paths
  {
    case: ROOT_USER ? 'a folder holding an unreadable file (root: a link to /proc/self/mem, which fails with EIO)' : 'a folder holding an unreadable file (chmod 000)',
    setup: (d) => {
      write(d, 'news/a.txt', ARTICLE);
      if (ROOT_USER) symlinkSync('/proc/self/mem', path.join(d, 'news/secret.txt'));
      else {
        write(d, 'news/secret.txt', ARTICLE);
        execFileSync('chmod', ['000', path.join(d, 'news/secret.txt')]);
      }
      write(d, 'news/z.txt', ARTICLE);
    },
    args: ['news', '-f', 'jsonl'],
    expectExit: 1,
    expectStderr: /^extract-quotes: cannot read news\/secret\.txt: (input\/output error|permission denied)\n$/,
    check: (r) => expect(sourcePaths(r)).toEqual(['news/a.txt', 'news/z.txt']),
  },
  {
    case: 'broken symbolic links in a folder: skipped (regular files only, like find -type f)',
    setup: (d) => {
      write(d, 'news/a.txt', ARTICLE);
      symlinkSync(path.join(d, 'nowhere.txt'), path.join(d, 'news/broken.txt'));
    },
    args: ['news', '-f', 'jsonl'],
    expectExit: 0,
    expectStderr: /^$/,
    check: (r) => expect(sourcePaths(r)).toEqual(['news/a.txt']),
  },
  {
    case: 'a symbolic link loop and a self-referencing link: the walk ends',
    setup: (d) => {
      write(d, 'news/a.txt', ARTICLE);
      symlinkSync(path.join(d, 'news'), path.join(d, 'news/loop'));
      symlinkSync('self.txt', path.join(d, 'news/self.txt'));
    },
    args: ['news', '-f', 'jsonl'],
    expectExit: 0,
    expectStderr: /^$/,
    check: (r) => expect(sourcePaths(r)).toEqual(['news/a.txt']),
  },
  {
    case: 'a FIFO in a folder: skipped, nothing hangs',
    setup: (d) => {
      write(d, 'news/a.txt', ARTICLE);
      execFileSync('mkfifo', [path.join(d, 'news/pipe.txt')]);
    },
    args: ['news', '-f', 'jsonl'],
    expectExit: 0,
    expectStderr: /^$/,
    check: (r) => expect(sourcePaths(r)).toEqual(['news/a.txt']),
  },
  {
    case: 'a missing file among good ones: the others processed, exit 1',
    setup: (d) => {
      write(d, 'a.txt', ARTICLE);
      write(d, 'b.txt', ARTICLE);
    },
    args: ['a.txt', 'missing.txt', 'b.txt', '-f', 'jsonl'],
    expectExit: 1,
    expectStderr: /^extract-quotes: cannot read missing\.txt: no such file\n$/,
    check: (r) => expect(sourcePaths(r)).toEqual(['a.txt', 'b.txt']),
  },
  {
    case: '--out-dir pointing at a file',
    setup: (d) => {
      write(d, 'a.txt', ARTICLE);
      write(d, 'file.txt', 'x');
    },
    args: ['a.txt', '--out-dir', 'file.txt'],
    expectExit: 2,
    expectStderr: /^extract-quotes: --out-dir file\.txt is not a directory\n$/,
  },
  {
    case: '--out-dir below a file',
    setup: (d) => {
      write(d, 'a.txt', ARTICLE);
      write(d, 'file.txt', 'x');
    },
    args: ['a.txt', '--out-dir', 'file.txt/out'],
    expectExit: 2,
    expectStderr: /^extract-quotes: cannot use --out-dir file\.txt\/out: no such file \(a parent is not a directory\)\n$/,
  },
  {
    case: '--out-dir in a place where nothing can be created (/proc)',
    setup: (d) => write(d, 'a.txt', ARTICLE),
    args: ['a.txt', '--out-dir', '/proc/extract-quotes-out'],
    expectExit: 2,
    expectStderr: /^extract-quotes: cannot create --out-dir \/proc\/extract-quotes-out: (no such file|permission denied|read-only file system)\n$/,
  },
  {
    case: '--out-dir an existing directory that refuses new files (/proc/self)',
    setup: (d) => write(d, 'a.txt', ARTICLE),
    args: ['a.txt', '--out-dir', '/proc/self'],
    expectExit: 1,
    expectStderr: /^extract-quotes: cannot write \/proc\/self\/a\.json: (no such file|permission denied|read-only file system)\n$/,
  },
  {
    case: 'an input whose mirrored output would escape --out-dir through a symbolic link: refused',
    setup: (d) => {
      write(d, 'news/world/a.txt', ARTICLE);
      write(d, 'news/b.txt', ARTICLE);
      mkdirSync(path.join(d, 'outside'));
      mkdirSync(path.join(d, 'out'));
      symlinkSync(path.join(d, 'outside'), path.join(d, 'out/world'));
    },
    args: ['news', '-o', 'out'],
    expectExit: 1,
    expectStderr: /^extract-quotes: cannot write out\/world\/a\.json: a symbolic link leads outside --out-dir \(to .*outside\); not written\n$/,
    check: (_r, d) => {
      expect(readdirSync(path.join(d, 'outside'))).toEqual([]);
      expect(filesUnder(path.join(d, 'out'))).toEqual(['b.json', 'world']);
    },
  },
  {
    case: 'an input named with ../ lands inside --out-dir',
    setup: (d) => {
      write(d, 'elsewhere/a.txt', ARTICLE);
      mkdirSync(path.join(d, 'work'));
    },
    args: ['../elsewhere/a.txt', '-o', '../work/out'],
    expectExit: 0,
    expectStderr: /^$/,
    check: (_r, d) => expect(filesUnder(path.join(d, 'work/out'))).toEqual(['a.json']),
  },

  // Faults
  {
    case: 'a full disk under --out-dir (ENOSPC injected): a clear message, no partial file',
    setup: (d) => write(d, 'a.txt', ARTICLE),
    args: ['a.txt', '-o', 'out'],
    diskFull: true,
    expectExit: 1,
    expectStderr: /^extract-quotes: cannot write out\/a\.json: no space left on device\n$/,
    check: (_r, d) => expect(filesUnder(path.join(d, 'out'))).toEqual([]),
  },
  {
    case: 'a full disk under --out-dir with JSONL records: no partial file',
    setup: (d) => write(d, 'feed.jsonl', `${JSON.stringify({ id: 'a', text: ARTICLE })}\n${JSON.stringify({ id: 'b', text: ARTICLE })}\n`),
    args: ['feed.jsonl', '--input-format', 'jsonl', '-o', 'out'],
    diskFull: true,
    expectExit: 1,
    expectStderr: /^extract-quotes: cannot write out\/feed\.json: no space left on device\n$/,
    check: (_r, d) => expect(filesUnder(path.join(d, 'out'))).toEqual([]),
  },
  {
    case: 'a full disk on stdout (> /dev/full)',
    setup: (d) => write(d, 'a.txt', ARTICLE),
    args: [],
    via: { shell: '"$NODE" "$BIN" a.txt > /dev/full' },
    expectExit: 1,
    expectStderr: /^extract-quotes: cannot write to standard output: no space left on device\n$/,
  },
  {
    case: 'stdout closed early (| head -c 10): ends quietly',
    setup: (d) => write(d, 'a.txt', ARTICLE.repeat(200)),
    args: [],
    via: { shell: `"$NODE" "$BIN" ${Array.from({ length: 200 }, () => 'a.txt').join(' ')} | head -c 10; exit "\${PIPESTATUS[0]}"` },
    expectExit: 0,
    expectStderr: /^$/,
    cutStdout: true,
    check: (r) => expect(r.stdout).toBe('{\n  "schem'),
  },
  {
    case: 'stdin closed (0<&-): read as empty input',
    args: [],
    via: { shell: '"$NODE" "$BIN" -f jsonl 0<&-' },
    expectExit: 0,
    expectStderr: /^$/,
    check: oneDocumentFor(''),
  },
  {
    case: 'JSONL lines that are not JSON or have no text: reported by line number, the others go on',
    stdin: [
      JSON.stringify({ id: 'one', text: ARTICLE }),
      '{"id": "broken", "text": "unterminated',
      JSON.stringify({ id: 'no-text' }),
      JSON.stringify({ id: 'number', text: 42 }),
      '[1, 2]',
      '',
      JSON.stringify({ id: 'two', text: 'Plain.' }),
    ].join('\n'),
    args: ['--input-format', 'jsonl', '-f', 'jsonl'],
    expectExit: 1,
    expectStderr:
      /^extract-quotes: -:2: bad record: invalid JSON \([^\n]*\)\nextract-quotes: -:3: bad record: no "text" string\nextract-quotes: -:4: bad record: no "text" string\nextract-quotes: -:5: bad record: not a JSON object\n$/,
    check: (r) => expect(documents(r.stdout).map((doc) => doc.source.id)).toEqual(['one', 'two']),
  },
];

// ---- Running a case ---------------------------------------------------------------------------

let caseNumber = 0;

async function runCase(c: Case): Promise<{ result: Result; dir: string }> {
  const dir = mkdtempSync(path.join(root, `case-${++caseNumber}-`));
  const cwd = c.case.includes('../') ? path.join(dir, 'work') : dir;
  c.setup?.(dir);
  const via = c.via ?? 'main';
  if (via === 'main') {
    const fake = fakeIo({ cwd, ...(c.stdin === undefined ? {} : { stdin: c.stdin }) });
    disk.full = c.diskFull === true;
    try {
      const code = await main(c.args, fake.io);
      return { result: { code, stdout: fake.stdout(), stderr: fake.stderr() }, dir };
    } finally {
      disk.full = false;
    }
  }
  if (via === 'command') return { result: await runCli(c.args, { cwd, ...(c.stdin === undefined ? {} : { input: c.stdin }) }), dir };
  const result = await runProcess('bash', ['-c', via.shell], { cwd, env: { NODE: process.execPath, BIN } });
  return { result, dir };
}

beforeAll(() => assertBuilt());

describe('hardening matrix', () => {
  it.each(MATRIX.map((c) => [c.case, c] as const))('%s', async (_name, c) => {
    const { result, dir } = await runCase(c);
    expect(result.stderr).not.toMatch(/\n\s+at |^\w*Error\b|node:internal|Node\.js v/m); // no stack trace, ever
    expect(result.stderr).toMatch(c.expectStderr);
    expect(result.code).toBe(c.expectExit);
    expect(filesUnder(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]); // nothing half-written
    if (c.cutStdout !== true) documents(result.stdout); // whatever is on stdout is whole, valid documents
    c.check?.(result, dir);
  }, 60_000);
});

// ---- Signals: files already finished are complete, nothing partial or temporary is left ------

describe('a signal during a batch', () => {
  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)('%s: exit %i, finished files complete, no partial or temporary file', async (signal, code) => {
    const dir = mkdtempSync(path.join(root, `signal-${signal}-`));
    const names = Array.from({ length: 300 }, (_, i) => `in/${String(i).padStart(3, '0')}.txt`);
    for (const name of names) write(dir, name, ARTICLE.repeat(40));
    const child = spawn(process.execPath, [BIN, 'in', '-o', 'out'], { cwd: dir, env: cleanEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (exitCode) => resolve(exitCode)));
    // Wait until some files are finished, then interrupt the batch.
    const deadline = Date.now() + 30_000;
    const finished = (): string[] => {
      try {
        return readdirSync(path.join(dir, 'out')).filter((name) => name.endsWith('.json'));
      } catch {
        return [];
      }
    };
    while (finished().length < 3) {
      if (Date.now() > deadline) throw new Error(`no output appeared; stderr: ${stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    child.kill(signal);
    expect(await exited).toBe(code);
    expect(stderr).toBe('');
    const left = readdirSync(path.join(dir, 'out'));
    expect(left.filter((name) => !name.endsWith('.json'))).toEqual([]); // no temporary file
    expect(left.length).toBeLessThan(names.length); // it really was interrupted
    for (const name of left) DocumentSchema.parse(JSON.parse(readFileSync(path.join(dir, 'out', name), 'utf8'))); // each complete
  }, 60_000);
});
