/**
 * `json`: one pretty document (2-space indent) per input, coloured like jq on a terminal.
 *
 * The printer below prints exactly `JSON.stringify(document, null, 2)` plus escape codes, so the
 * coloured text is the plain text with colours added (test/serialize.test.ts checks it).
 */
import type { Paint } from './color.js';
import type { Document } from '../schema/document.js';

/**
 * Characters JSON.stringify leaves raw but a terminal or an editor acts on: DEL, the C1 controls
 * (U+009B is an 8-bit CSI) and the bidi embeddings, overrides and isolates. Written as `\uXXXX`,
 * the parsed value is the same and the bytes are inert.
 */
const RAW_UNSAFE = /[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const ANY_RAW_UNSAFE = new RegExp(RAW_UNSAFE.source);

/** `json` with the characters above escaped (clean output, the common case, is returned as is). */
export function escapeUnsafe(json: string): string {
  if (!ANY_RAW_UNSAFE.test(json)) return json;
  return json.replace(RAW_UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * Serialize one document as pretty JSON followed by a newline. Without colour this is
 * `JSON.stringify` itself, about four times faster than the printer (a batch into --out-dir
 * renders every document this way).
 */
export function serializeJson(document: Document, chalk: Paint): string {
  if (chalk.level === 0) return `${escapeUnsafe(JSON.stringify(document, null, 2))}\n`;
  return `${printJson(document, '', chalk)}\n`;
}

/**
 * Print a JSON value like `JSON.stringify(value, null, 2)`, with jq 1.7's default colours:
 * object keys blue and bold, strings green, null grey, numbers and booleans in the default
 * colour, brackets and punctuation bold.
 */
export function printJson(value: unknown, indent: string, chalk: Paint): string {
  if (value === null) return chalk.gray('null');
  switch (typeof value) {
    case 'string':
      return chalk.green(escapeUnsafe(JSON.stringify(value)));
    case 'number':
    case 'boolean':
      // JSON.stringify prints NaN and Infinity as null, as the plain output would.
      return JSON.stringify(value);
    case 'object':
      break;
    default:
      return chalk.gray('null');
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return chalk.bold('[]');
    const items = value.map((item) => inner + printJson(item === undefined ? null : item, inner, chalk));
    return `${chalk.bold('[')}\n${items.join(`${chalk.bold(',')}\n`)}\n${indent}${chalk.bold(']')}`;
  }
  // Keys with undefined (or function) values are left out, as JSON.stringify does.
  const entries = Object.entries(value as Record<string, unknown>).filter(
    ([, v]) => v !== undefined && typeof v !== 'function' && typeof v !== 'symbol',
  );
  if (entries.length === 0) return chalk.bold('{}');
  const members = entries.map(
    ([key, v]) => `${inner}${chalk.blue.bold(escapeUnsafe(JSON.stringify(key)))}${chalk.bold(':')} ${printJson(v, inner, chalk)}`,
  );
  return `${chalk.bold('{')}\n${members.join(`${chalk.bold(',')}\n`)}\n${indent}${chalk.bold('}')}`;
}
