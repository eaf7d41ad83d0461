/**
 * `json`: one pretty document (2-space indent) per input, coloured like jq on a terminal.
 *
 * The printer below prints exactly `JSON.stringify(document, null, 2)` plus escape codes, so the
 * coloured text is the plain text with colours added (test/serialize.test.ts checks it).
 */
import type { Paint } from './color.js';
import type { Document } from '../schema/document.js';

/**
 * Serialize one document as pretty JSON followed by a newline. Without colour this is
 * `JSON.stringify` itself, about four times faster than the printer (a batch into --out-dir
 * renders every document this way).
 */
export function serializeJson(document: Document, chalk: Paint): string {
  if (chalk.level === 0) return `${JSON.stringify(document, null, 2)}\n`;
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
      return chalk.green(JSON.stringify(value));
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
    ([key, v]) => `${inner}${chalk.blue.bold(JSON.stringify(key))}${chalk.bold(':')} ${printJson(v, inner, chalk)}`,
  );
  return `${chalk.bold('{')}\n${members.join(`${chalk.bold(',')}\n`)}\n${indent}${chalk.bold('}')}`;
}
