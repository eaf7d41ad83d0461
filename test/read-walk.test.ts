import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { expandInputs, type Input, type InputProblem } from '../src/read/inputs.js';
import { walkFiles } from '../src/read/walk.js';
import { makeTempDir } from './helpers/temp-dir.js';

/** Every path the walk stats (node:fs/promises is wrapped, not replaced). */
const statted = vi.hoisted(() => [] as string[]);
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  return {
    ...actual,
    stat: (target: string, ...rest: []) => {
      statted.push(String(target));
      return actual.stat(target, ...rest);
    },
  };
});

/** Build a tree: keys are relative paths; values are file contents. */
function writeTree(root: string, files: Record<string, string>): void {
  for (const [relative, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, relative)), { recursive: true });
    writeFileSync(path.join(root, relative), content);
  }
}

async function collect(args: string[], cwd: string, extensions = ['txt']): Promise<(Input | InputProblem)[]> {
  const items: (Input | InputProblem)[] = [];
  for await (const item of expandInputs(args, { cwd, extensions })) items.push(item);
  return items;
}

const txt = (relative: string): boolean => relative.endsWith('.txt');

describe('walkFiles', () => {
  const root = makeTempDir();
  writeTree(root, {
    'b.txt': 'b',
    'a.txt': 'a',
    'B.txt': 'upper B sorts before lower a',
    'notes.md': 'not wanted',
    'sub/z.txt': 'z',
    'sub/deeper/y.txt': 'y',
    'a.dir/x.txt': 'x',
    '.hidden/h.txt': 'h',
  });
  // A link loop (sub/loop → ..), a broken link, a link to a file, and a FIFO.
  symlinkSync('..', path.join(root, 'sub/loop'));
  symlinkSync('does-not-exist.txt', path.join(root, 'broken.txt'));
  symlinkSync('a.txt', path.join(root, 'link-to-a.txt'));
  execFileSync('mkfifo', [path.join(root, 'pipe.txt')]);

  it('finds the regular files in code-unit order, nested, once each, through the loop', async () => {
    const { files, problems } = await walkFiles(root, { include: txt });
    expect(problems).toEqual([]);
    expect(files.map((file) => file.relative)).toEqual([
      '.hidden/h.txt',
      'B.txt',
      'a.dir/x.txt',
      'a.txt',
      'b.txt',
      'link-to-a.txt',
      'sub/deeper/y.txt',
      'sub/z.txt',
    ]);
    expect(files[3]?.path).toBe(path.join(root, 'a.txt'));
  }, 10_000);

  it('stops at maxDepth', async () => {
    const { files } = await walkFiles(root, { include: txt, maxDepth: 1 });
    expect(files.map((file) => file.relative)).toEqual(['B.txt', 'a.txt', 'b.txt', 'link-to-a.txt']);
  });

  it('reports a root that cannot be listed', async () => {
    const { files, problems } = await walkFiles(path.join(root, 'missing'), { include: txt });
    expect(files).toEqual([]);
    expect(problems).toEqual([{ path: path.join(root, 'missing'), reason: 'no such file' }]);
  });
});

describe('walkFiles through symbolic links', () => {
  const outside = makeTempDir();
  writeTree(outside, { 'o.txt': 'o', 'deep/p.txt': 'p' });
  const root = makeTempDir();
  writeTree(root, { 'a.txt': 'a', 'dir/c.txt': 'c' });
  // a link to a file, a link to a directory outside the root, and a link to a directory walked already
  symlinkSync('a.txt', path.join(root, 'link.txt'));
  symlinkSync(outside, path.join(root, 'linked-dir'));
  symlinkSync('dir', path.join(root, 'z-again'));

  it('follows a linked file and a linked directory, under the names of the links; a directory is walked once', async () => {
    const { files, problems } = await walkFiles(root, { include: txt });
    expect(problems).toEqual([]);
    expect(files.map((file) => [file.relative, file.path])).toEqual([
      ['a.txt', path.join(root, 'a.txt')],
      ['dir/c.txt', path.join(root, 'dir/c.txt')],
      ['link.txt', path.join(root, 'link.txt')],
      ['linked-dir/deep/p.txt', path.join(root, 'linked-dir/deep/p.txt')],
      ['linked-dir/o.txt', path.join(root, 'linked-dir/o.txt')],
    ]);
  });

  it('stats each directory once and each link once, never a plain file', async () => {
    statted.length = 0;
    await walkFiles(root, { include: txt });
    expect(statted.map((target) => path.relative(root, target))).toEqual(['', 'dir', 'link.txt', 'linked-dir', 'linked-dir/deep', 'z-again']);
  });
});

describe('expandInputs', () => {
  const cwd = makeTempDir();
  writeTree(cwd, {
    'one.txt': '1',
    'articles/b.txt': 'b',
    'articles/a.txt': 'a',
    'articles/world/c.txt': 'c',
    'articles/world/skip.md': 'md',
    'empty/readme.md': 'no txt here',
    'weird[1].txt': 'brackets in a real name',
  });

  it('keeps argument order, sorts directories, and reports problems in place', async () => {
    const items = await collect(['one.txt', 'missing.txt', 'articles', '-'], cwd);
    expect(items).toEqual([
      { kind: 'file', path: 'one.txt', fsPath: path.join(cwd, 'one.txt'), relative: 'one.txt' },
      { kind: 'problem', message: 'cannot read missing.txt: no such file' },
      { kind: 'file', path: 'articles/a.txt', fsPath: path.join(cwd, 'articles/a.txt'), relative: 'a.txt' },
      { kind: 'file', path: 'articles/b.txt', fsPath: path.join(cwd, 'articles/b.txt'), relative: 'b.txt' },
      { kind: 'file', path: 'articles/world/c.txt', fsPath: path.join(cwd, 'articles/world/c.txt'), relative: 'world/c.txt' },
      { kind: 'stdin', path: '-' },
    ]);
  });

  it('expands quoted globs relative to their literal base', async () => {
    const items = await collect(['articles/**/*.txt', '*.txt'], cwd);
    expect(items.map((item) => (item.kind === 'file' ? [item.path, item.relative] : item.kind))).toEqual([
      ['articles/a.txt', 'a.txt'],
      ['articles/b.txt', 'b.txt'],
      ['articles/world/c.txt', 'world/c.txt'],
      ['one.txt', 'one.txt'],
      ['weird[1].txt', 'weird[1].txt'],
    ]);
  });

  it('prefers an existing file over a glob reading of its name', async () => {
    const items = await collect(['weird[1].txt'], cwd);
    expect(items).toEqual([{ kind: 'file', path: 'weird[1].txt', fsPath: path.join(cwd, 'weird[1].txt'), relative: 'weird[1].txt' }]);
  });

  it('reports a glob that matches nothing and a directory without matching files', async () => {
    const items = await collect(['nothing/*.txt', 'empty'], cwd);
    expect(items).toEqual([
      { kind: 'problem', message: 'no files match nothing/*.txt' },
      { kind: 'problem', message: 'no *.txt files in empty' },
    ]);
  });

  it('takes other extensions when asked', async () => {
    const items = await collect(['articles'], cwd, ['md']);
    expect(items.map((item) => item.kind === 'file' && item.relative)).toEqual(['world/skip.md']);
  });
});
