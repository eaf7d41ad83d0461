/**
 * Temporary directories for tests, removed after each test file.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

/** Make a fresh temporary directory; it is removed when the test file ends. */
export function makeTempDir(prefix = 'extract-quotes-'): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}
