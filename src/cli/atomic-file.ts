/**
 * Files under `--out-dir` are written atomically: into a temporary file in the same
 * directory (so the rename cannot cross file systems), then renamed over the target.
 * A reader never sees half a file, and a failed or interrupted write leaves no trace.
 */
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { mkdir, open, realpath, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { errorCode } from '../read/fs-errors.js';

/**
 * The temporary files being written right now, so that a signal handler can remove them
 * synchronously before the process ends.
 */
export class TempFiles {
  readonly #paths = new Set<string>();

  add(file: string): void {
    this.#paths.add(file);
  }

  delete(file: string): void {
    this.#paths.delete(file);
  }

  /** Remove every temporary file still listed; safe to call from a signal handler. */
  removeAllSync(): void {
    for (const file of this.#paths) rmSync(file, { force: true });
    this.#paths.clear();
  }

  get size(): number {
    return this.#paths.size;
  }
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
  // A dot-name, so that a half-written file is hidden and never matches `*.json`.
  const temp = path.join(dir, `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
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
