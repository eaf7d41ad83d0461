/**
 * Command-line arguments → the list of inputs to process, in order.
 *
 * An argument is `-` (stdin), an existing file, an existing directory (walked recursively
 * for the wanted extensions) or, when no such path exists and it has wildcards, a glob
 * that the shell did not expand (because it was quoted). Problems are items of the list
 * too, so they are reported in order and the other inputs still run.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { describeError } from './fs-errors.js';
import { hasGlobMagic, parseGlob } from './glob.js';
import { walkFiles } from './walk.js';

/** One input to process. */
export type Input =
  | { readonly kind: 'stdin'; readonly path: '-' }
  | {
      readonly kind: 'file';
      /** The path as the user wrote it (joined for files found in directories): `source.path`. */
      readonly path: string;
      /** Absolute path, for the file system. */
      readonly fsPath: string;
      /**
       * Where the output goes under `--out-dir`: the base name for a file argument, the path
       * relative to the directory (or the glob's literal base) for files found by walking.
       */
      readonly relative: string;
    };

/** An argument that gave no input, with the line to print. */
export interface InputProblem {
  readonly kind: 'problem';
  readonly message: string;
}

/** How {@link expandInputs} reads directories. */
export interface ExpandOptions {
  /** Resolve relative arguments against this directory. */
  readonly cwd: string;
  /** File extensions (without the dot, case-insensitive) taken from directories; `*` for all. */
  readonly extensions: readonly string[];
}

/** Expand arguments into inputs and problems, in argument order; directories sorted. */
export async function* expandInputs(args: readonly string[], options: ExpandOptions): AsyncGenerator<Input | InputProblem> {
  const include = extensionFilter(options.extensions);
  for (const arg of args) {
    if (arg === '-') {
      yield { kind: 'stdin', path: '-' };
      continue;
    }
    const fsPath = path.resolve(options.cwd, arg);
    let isDirectory: boolean;
    try {
      isDirectory = (await stat(fsPath)).isDirectory();
    } catch (error) {
      if (hasGlobMagic(arg)) {
        yield* expandGlob(arg, options.cwd);
      } else {
        yield { kind: 'problem', message: `cannot read ${arg}: ${describeError(error)}` };
      }
      continue;
    }
    if (!isDirectory) {
      // Named files are read whatever their type (a FIFO from `<(…)` is fine): the user chose them.
      yield { kind: 'file', path: arg, fsPath, relative: path.basename(arg) };
      continue;
    }
    const { files, problems } = await walkFiles(arg, { include, cwd: options.cwd });
    for (const problem of problems) yield { kind: 'problem', message: `cannot read ${problem.path}: ${problem.reason}` };
    if (files.length === 0 && problems.length === 0) {
      yield { kind: 'problem', message: `no ${describeExtensions(options.extensions)} files in ${arg}` };
    }
    for (const file of files) {
      yield { kind: 'file', path: file.path, fsPath: path.resolve(options.cwd, file.path), relative: file.relative };
    }
  }
}

async function* expandGlob(pattern: string, cwd: string): AsyncGenerator<Input | InputProblem> {
  const glob = parseGlob(pattern);
  const { files } = await walkFiles(glob.base, { include: glob.matches, maxDepth: glob.maxDepth, cwd });
  if (files.length === 0) {
    yield { kind: 'problem', message: `no files match ${pattern}` };
    return;
  }
  for (const file of files) {
    // `path.join('.', 'a.txt')` is `a.txt`: paths read as the user would have typed them.
    yield { kind: 'file', path: file.path, fsPath: path.resolve(cwd, file.path), relative: file.relative };
  }
}

/** A predicate for relative paths whose extension is one of `extensions` (`*`: any file). */
export function extensionFilter(extensions: readonly string[]): (relative: string) => boolean {
  if (extensions.includes('*')) return () => true;
  const wanted = new Set(extensions.map((ext) => `.${ext.replace(/^\./, '').toLowerCase()}`));
  return (relative) => wanted.has(path.extname(relative).toLowerCase());
}

function describeExtensions(extensions: readonly string[]): string {
  return extensions.map((ext) => `*.${ext.replace(/^\./, '')}`).join(' or ');
}
