/**
 * What the CLI passes to the library: checked with a spy on extractQuotes.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../src/cli/main.js';
import { extractQuotes } from '../src/extract.js';
import { fakeIo } from './helpers/fake-io.js';
import { makeTempDir } from './helpers/temp-dir.js';

vi.mock('../src/extract.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../src/extract.js')>();
  return { ...original, extractQuotes: vi.fn(original.extractQuotes) };
});

const cwd = makeTempDir();
writeFileSync(path.join(cwd, 'a.txt'), Buffer.from([0xef, 0xbb, 0xbf, 0x48, 0x69]));
writeFileSync(path.join(cwd, 'crash.txt'), 'boom');

describe('options → extractQuotes', () => {
  // Braces: a function returned from beforeEach is run as teardown, and mockClear returns the mock.
  beforeEach(() => {
    vi.mocked(extractQuotes).mockClear();
  });

  it('passes --types in schema order, the path, and the original bytes (BOM included)', async () => {
    const fake = fakeIo({ cwd });
    expect(await main(['a.txt', '--types', 'indirect,direct'], fake.io)).toBe(0);
    const [text, options] = vi.mocked(extractQuotes).mock.calls[0] ?? [];
    expect(text).toBe('Hi');
    expect(options?.types).toEqual(['direct', 'indirect']);
    expect(options?.path).toBe('a.txt');
    expect([...(options?.bytes ?? [])]).toEqual([0xef, 0xbb, 0xbf, 0x48, 0x69]);
  });

  it('passes all types by default', async () => {
    await main(['a.txt'], fakeIo({ cwd }).io);
    expect(vi.mocked(extractQuotes).mock.calls[0]?.[1]?.types).toEqual(['direct', 'partial', 'indirect']);
  });

  it('passes --keep-non-quotations (off by default)', async () => {
    await main(['a.txt'], fakeIo({ cwd }).io);
    await main(['a.txt', '--keep-non-quotations'], fakeIo({ cwd }).io);
    expect(vi.mocked(extractQuotes).mock.calls.map((call) => call[1]?.keepNonQuotations)).toEqual([false, true]);
  });

  it('by default a small batch runs in this thread (no worker pool below 48 files)', async () => {
    expect(await main(['a.txt', 'crash.txt', '-f', 'jsonl'], fakeIo({ cwd }).io)).toBe(0);
    expect(vi.mocked(extractQuotes).mock.calls.map((call) => call[1]?.path)).toEqual(['a.txt', 'crash.txt']);
  });

  // --jobs 1: the spy lives in this thread; worker threads load the real, compiled library.
  it('a crash in the pipeline fails that input only (exit 1)', async () => {
    vi.mocked(extractQuotes).mockImplementationOnce(() => {
      throw new Error('pipeline bug\nwith a stack');
    });
    const fake = fakeIo({ cwd });
    expect(await main(['crash.txt', 'a.txt', '-f', 'jsonl', '--jobs', '1'], fake.io)).toBe(1);
    expect(fake.stderr()).toBe('extract-quotes: cannot process crash.txt: pipeline bug\n');
    expect(fake.stdout().trimEnd().split('\n')).toHaveLength(1);
  });
});
