/**
 * Reading one input's bytes: a file, or standard input.
 */
import { readFile } from 'node:fs/promises';
import type { Input } from './inputs.js';

/** Read every byte of a readable stream (standard input). */
export async function readStream(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) {
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk));
  }
  return Buffer.concat(chunks);
}

/** Read one input's bytes; file-system errors are thrown for the caller to report. */
export async function readInputBytes(input: Input, stdin: NodeJS.ReadableStream): Promise<Uint8Array> {
  return input.kind === 'stdin' ? readStream(stdin) : readFile(input.fsPath);
}
