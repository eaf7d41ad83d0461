/**
 * Running the built command (`node bin/extract-quotes.js`, which loads dist/) as a user would.
 * `npm test` builds first; run `npm run build` before `npx vitest` on its own.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** The command's shim. */
export const BIN = path.join(ROOT, 'bin/extract-quotes.js');

/** What a run of the command gave. */
export interface CliResult {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Options for {@link runCli}. */
export interface RunOptions {
  readonly cwd?: string;
  /** Written to stdin, which is then closed; without it stdin is an empty pipe. */
  readonly input?: string | Uint8Array;
  /** Added to a clean environment (no colour variables from the test runner). */
  readonly env?: Record<string, string>;
}

/** Throw a helpful error when dist/ has not been built. */
export function assertBuilt(): void {
  if (!existsSync(path.join(ROOT, 'dist/cli/main.js'))) {
    throw new Error('dist/cli/main.js is missing: run `npm run build` first (npm test does it).');
  }
}

/** An environment without the colour settings a test runner or CI may have set. */
export function cleanEnv(extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && !['FORCE_COLOR', 'NO_COLOR', 'NODE_OPTIONS', 'CI'].includes(key)) env[key] = value;
  }
  return { ...env, ...extra };
}

/** Run a shell-free `node bin/extract-quotes.js ...args`. */
export function runCli(args: readonly string[], options: RunOptions = {}): Promise<CliResult> {
  return runProcess(process.execPath, [BIN, ...args], options);
}

/** Run any command and collect its output. */
export function runProcess(command: string, args: readonly string[], options: RunOptions = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd ?? ROOT, env: cleanEnv(options.env), stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
    child.stdin.on('error', () => undefined); // the command may not read stdin at all
    child.stdin.end(options.input ?? '');
  });
}

/** sha256 of some bytes, in hex, as `source.sha256` should be. */
export function sha256(bytes: string | Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Split a stream of pretty JSON documents (as `--format json` writes them) into values. */
export function parseJsonStream(text: string): unknown[] {
  // Each document is `{` … `}` ending at a line that is exactly `}`.
  return text
    .split(/(?<=^\})\n/m)
    .filter((chunk) => chunk.trim() !== '')
    .map((chunk) => JSON.parse(chunk) as unknown);
}
