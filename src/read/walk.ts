/**
 * Recursive directory walking for directory and glob inputs.
 *
 * Entries are visited in code-unit order of their names (not locale order, which differs
 * between machines), so the output order is the same everywhere. Symbolic links are followed,
 * but each directory (by device and inode) is entered once, so a link loop ends. Only
 * regular files are returned: FIFOs, sockets and devices are skipped, because opening a FIFO
 * blocks until someone writes to it. Broken links match no file and are skipped.
 *
 * A directory is listed with its entries' types, so only symbolic links are stat-ed (to see what
 * they point to), and each directory once (for its identity): not every file.
 */
import type { Dirent, Stats } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { describeError } from './fs-errors.js';

/** A regular file found under a walked directory. */
export interface WalkedFile {
  /** The root joined with the relative path, as the user would write it. */
  readonly path: string;
  /** The path relative to the root, with `/` separators. */
  readonly relative: string;
}

/** A directory that could not be listed during a walk; the walk goes on without it. */
export interface WalkProblem {
  readonly path: string;
  readonly reason: string;
}

/** What {@link walkFiles} is asked to find. */
export interface WalkOptions {
  /** Whether a file (by its `/`-separated path relative to the root) is wanted. */
  include(relative: string): boolean;
  /** How many directory levels below the root to enter (default: all). */
  maxDepth?: number;
  /** Resolve relative roots against this directory (default: the process's). */
  cwd?: string;
}

/** Find the regular files under `root`, sorted; unreadable directories are reported, not thrown. */
export async function walkFiles(root: string, options: WalkOptions): Promise<{ files: WalkedFile[]; problems: WalkProblem[] }> {
  const files: WalkedFile[] = [];
  const problems: WalkProblem[] = [];
  const visited = new Set<string>();
  const maxDepth = options.maxDepth ?? Infinity;
  const cwd = options.cwd ?? process.cwd();

  /** Walk one directory; `known` is its stat when a followed link has already given it. */
  async function visit(relativeDir: string, depth: number, known?: Stats): Promise<void> {
    const shownDir = relativeDir === '' ? root : path.join(root, relativeDir);
    const fsDir = path.resolve(cwd, shownDir);
    let entries: Dirent[];
    try {
      const info = known ?? (await stat(fsDir));
      const identity = `${info.dev}:${info.ino}`;
      if (visited.has(identity)) return; // a link back to a directory already walked
      visited.add(identity);
      entries = (await readdir(fsDir, { withFileTypes: true })).sort((a, b) => compareCodeUnits(a.name, b.name));
    } catch (error) {
      problems.push({ path: shownDir, reason: describeError(error) });
      return;
    }
    for (const entry of entries) {
      const relative = relativeDir === '' ? entry.name : `${relativeDir}/${entry.name}`;
      let linked: Stats | undefined;
      if (entry.isSymbolicLink()) {
        try {
          linked = await stat(path.join(fsDir, entry.name)); // follows the link; fails for a broken one
        } catch {
          continue;
        }
      }
      const info = linked ?? entry;
      if (info.isDirectory()) {
        if (depth + 1 < maxDepth) await visit(relative, depth + 1, linked);
      } else if (info.isFile() && options.include(relative)) {
        files.push({ path: path.join(root, relative), relative });
      }
    }
  }

  await visit('', 0);
  return { files, problems };
}

/** Compare strings by UTF-16 code units: stable across locales, unlike localeCompare. */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
