/**
 * Files under `--out-dir` are written atomically: into a temporary file in the same
 * directory (so the rename cannot cross file systems), then renamed over the target.
 * A reader never sees half a file, and a failed or interrupted write leaves no trace.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, mkdirSync, openSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { mkdir, open, realpath, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { errorCode } from '../read/fs-errors.js';

/**
 * The temporary files being written right now, so that a signal handler can remove them
 * synchronously before the process ends.
 */
export class TempFiles {
  readonly #paths = new Set<string>();
  readonly #settlers = new Set<() => void>();

  /**
   * Run `settle` (synchronously) before every removal of all files: a worker pool uses it to
   * stop its threads from starting new files and wait for the ones they are writing.
   * Returns a function that unregisters it.
   */
  addSettler(settle: () => void): () => void {
    this.#settlers.add(settle);
    return () => this.#settlers.delete(settle);
  }

  add(file: string): void {
    this.#paths.add(file);
  }

  delete(file: string): void {
    this.#paths.delete(file);
  }

  /** Remove every temporary file still listed; safe to call from a signal handler. */
  removeAllSync(): void {
    for (const settle of this.#settlers) settle();
    for (const file of this.#paths) rmSync(file, { force: true });
    this.#paths.clear();
  }

  get size(): number {
    return this.#paths.size;
  }
}

/**
 * The temporary file for `target`: in the same directory, so that the rename cannot cross file
 * systems, and a dot-name, so that a half-written file is hidden and never matches `*.json`.
 */
export function tempPathFor(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

/** A file being written: `write` any number of times, then `commit` or `abort`. */
export interface AtomicFile {
  readonly target: string;
  write(text: string): Promise<void>;
  /** Close and rename into place. On failure the temporary file is removed and the error thrown. */
  commit(): Promise<void>;
  /** Close and remove the temporary file; never throws. */
  abort(): Promise<void>;
}

/** Directories already created and checked, per run. */
const verifiedDirs = new WeakMap<TempFiles, Set<string>>();

/**
 * Start writing `target` atomically (its directory is created if needed). With `within`, the
 * file's directory must really lie inside that directory: a symbolic link in `--out-dir` that
 * points elsewhere is refused before anything is created through it.
 */
export async function openAtomicFile(target: string, temps: TempFiles, within?: string): Promise<AtomicFile> {
  const dir = path.dirname(target);
  // A batch writes many files into few directories: each directory is created and checked once
  // per run (per TempFiles), not once per file.
  let verified = verifiedDirs.get(temps);
  if (verified === undefined) verifiedDirs.set(temps, (verified = new Set()));
  const key = `${dir}\0${within ?? ''}`;
  if (!verified.has(key)) {
    if (within !== undefined) await assertInside(await nearestExisting(dir), within);
    await makeDirectories(dir);
    if (within !== undefined) await assertInside(dir, within);
    verified.add(key);
  }
  const temp = tempPathFor(target);
  temps.add(temp);
  let handle: FileHandle | undefined;
  try {
    handle = await open(temp, 'wx');
  } catch (error) {
    temps.delete(temp);
    throw error;
  }
  const file = handle;
  let done = false;

  async function abort(): Promise<void> {
    if (done) return;
    done = true;
    await file.close().catch(() => undefined);
    await rm(temp, { force: true }).catch(() => undefined);
    temps.delete(temp);
  }

  return {
    target,
    async write(text) {
      await file.writeFile(text, 'utf8');
    },
    async commit() {
      if (done) throw new Error(`${target} was already closed`);
      try {
        await file.close();
        await rename(temp, target);
        done = true;
        temps.delete(temp);
      } catch (error) {
        await abort();
        throw error;
      }
    },
    abort,
  };
}

/** Write a whole file atomically. */
export async function writeFileAtomic(target: string, text: string, temps: TempFiles): Promise<void> {
  const file = await openAtomicFile(target, temps);
  try {
    await file.write(text);
  } catch (error) {
    await file.abort();
    throw error;
  }
  await file.commit();
}

/**
 * `mkdir -p` without `mkdir(dir, { recursive: true })`, which in Node 20 never returns (and spins
 * the CPU) when the file system answers ENOENT for the directory itself, as /proc does.
 */
export async function makeDirectories(dir: string): Promise<void> {
  const missing: string[] = [];
  for (let current = path.resolve(dir); ; current = path.dirname(current)) {
    try {
      if ((await stat(current)).isDirectory()) break;
      throw Object.assign(new Error(`ENOTDIR: not a directory, mkdir '${dir}'`), { code: 'ENOTDIR' });
    } catch (error) {
      if (errorCode(error) !== 'ENOENT' || path.dirname(current) === current) throw error;
      missing.push(current);
    }
  }
  for (const current of missing.reverse()) {
    await mkdir(current).catch((error: unknown) => {
      if (errorCode(error) !== 'EEXIST') throw error;
    });
  }
}

/** The path itself if it exists, else its nearest existing ancestor. */
async function nearestExisting(dir: string): Promise<string> {
  let current = path.resolve(dir);
  for (;;) {
    try {
      await stat(current);
      return current;
    } catch (error) {
      if (errorCode(error) !== 'ENOENT' || path.dirname(current) === current) return current;
      current = path.dirname(current);
    }
  }
}

/** Throw unless `dir`, with every symbolic link resolved, is `root` or below it. */
async function assertInside(dir: string, root: string): Promise<void> {
  const [realDir, realRoot] = await Promise.all([realpath(dir), realpath(root)]);
  const relative = path.relative(realRoot, realDir);
  if (relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative))) return;
  throw Object.assign(new Error(`a symbolic link leads outside --out-dir (to ${realDir}); not written`), { code: 'EOUTSIDE' });
}

/** An output file and the temporary file it is written to first (for {@link writeFileAtomicSync}). */
export interface AtomicOutput {
  readonly target: string;
  /**
   * Chosen by the caller, who can remove it if the process is stopped: a dot-name in the
   * target's directory (so that the rename cannot cross file systems, and a half-written file
   * is hidden and never matches `*.json`).
   */
  readonly temp: string;
  /** The target's directory must really lie inside this one (no symbolic link out of `--out-dir`). */
  readonly within: string;
}

/**
 * Write `text` to `output.temp`, then rename it over `output.target`; on failure the temporary
 * file is removed and the error thrown. The directory is created if needed and checked to lie
 * inside `output.within`, once per directory per `verified` set.
 */
export function writeFileAtomicSync(output: AtomicOutput, text: string, verified: Set<string>): void {
  const dir = path.dirname(output.target);
  const key = `${dir}\0${output.within}`;
  if (!verified.has(key)) {
    assertInsideSync(nearestExistingSync(dir), output.within);
    makeDirectoriesSync(dir);
    assertInsideSync(dir, output.within);
    verified.add(key);
  }
  const fd = openSync(output.temp, 'wx');
  try {
    try {
      writeFileSync(fd, text, 'utf8');
    } finally {
      closeSync(fd);
    }
    renameSync(output.temp, output.target);
  } catch (error) {
    rmSync(output.temp, { force: true });
    throw error;
  }
}

/** {@link makeDirectories}, synchronously. */
function makeDirectoriesSync(dir: string): void {
  const missing: string[] = [];
  for (let current = path.resolve(dir); ; current = path.dirname(current)) {
    try {
      if (statSync(current).isDirectory()) break;
      throw Object.assign(new Error(`ENOTDIR: not a directory, mkdir '${dir}'`), { code: 'ENOTDIR' });
    } catch (error) {
      if (errorCode(error) !== 'ENOENT' || path.dirname(current) === current) throw error;
      missing.push(current);
    }
  }
  for (const current of missing.reverse()) {
    try {
      mkdirSync(current);
    } catch (error) {
      if (errorCode(error) !== 'EEXIST') throw error;
    }
  }
}

/** {@link nearestExisting}, synchronously. */
function nearestExistingSync(dir: string): string {
  let current = path.resolve(dir);
  for (;;) {
    try {
      statSync(current);
      return current;
    } catch (error) {
      if (errorCode(error) !== 'ENOENT' || path.dirname(current) === current) return current;
      current = path.dirname(current);
    }
  }
}

/** {@link assertInside}, synchronously. */
function assertInsideSync(dir: string, root: string): void {
  const realDir = realpathSync(dir);
  const relative = path.relative(realpathSync(root), realDir);
  if (relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative))) return;
  throw Object.assign(new Error(`a symbolic link leads outside --out-dir (to ${realDir}); not written`), { code: 'EOUTSIDE' });
}
