/**
 * Bytes → text, without ever editing the text that offsets will point into.
 *
 * The contract counts offsets in the text "as decoded from UTF-8, after removing a leading
 * byte-order mark and before any other change", so the only change made here is dropping
 * the BOM. CRLF line ends are kept as they are.
 */
import type { Warning } from '../schema/document.js';

/** The result of {@link decodeInput}: text plus decoding warnings, or a binary file. */
export type DecodedInput =
  | { kind: 'text'; text: string; warnings: Warning[] }
  | { kind: 'binary' };

/** How many leading bytes are scanned for NUL bytes, as grep and git do. */
export const BINARY_SNIFF_BYTES = 8192;

const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;

/**
 * Decode one input's bytes.
 *
 * - UTF-8, with or without a BOM (the BOM is removed; nothing else changes).
 * - Invalid UTF-8: decoded with U+FFFD replacement characters, plus an `invalid-utf8` warning.
 * - UTF-16 LE/BE with a BOM: decoded, plus a `utf16-decoded` warning.
 * - NUL bytes in the first 8 KB (and no UTF-16 BOM): `{ kind: 'binary' }`.
 *   UTF-32 is reported as binary too: it is vanishingly rare in news text.
 */
export function decodeInput(bytes: Uint8Array): DecodedInput {
  if (startsWith(bytes, [0xff, 0xfe, 0x00, 0x00]) || startsWith(bytes, [0x00, 0x00, 0xfe, 0xff])) {
    return { kind: 'binary' };
  }
  if (startsWith(bytes, [0xff, 0xfe])) return decodeUtf16(bytes.subarray(2), 'little');
  if (startsWith(bytes, [0xfe, 0xff])) return decodeUtf16(bytes.subarray(2), 'big');
  if (hasNulByte(bytes.subarray(0, BINARY_SNIFF_BYTES))) return { kind: 'binary' };

  const body = startsWith(bytes, UTF8_BOM) ? bytes.subarray(UTF8_BOM.length) : bytes;
  // ignoreBOM: true because the BOM was already cut above; a second BOM would be content.
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
    return { kind: 'text', text, warnings: [] };
  } catch {
    const text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(body);
    const replaced = countChar(text, '\uFFFD') - countValidReplacementChars(body);
    return {
      kind: 'text',
      text,
      warnings: [
        {
          rule: 'invalid-utf8',
          message: `The input is not valid UTF-8: ${replaced} invalid byte sequence${replaced === 1 ? '' : 's'} replaced with U+FFFD.`,
        },
      ],
    };
  }
}

function decodeUtf16(body: Uint8Array, order: 'little' | 'big'): DecodedInput {
  // Byte-swap big-endian ourselves: 'utf-16be' needs Node's full ICU, which is not always built in.
  const le = order === 'little' ? body : swapBytePairs(body);
  const text = new TextDecoder('utf-16le', { fatal: false, ignoreBOM: true }).decode(le);
  return {
    kind: 'text',
    text,
    warnings: [
      {
        rule: 'utf16-decoded',
        message: `The input was UTF-16 ${order === 'little' ? 'LE' : 'BE'} (byte-order mark found); offsets count code points of the decoded text.`,
      },
    ],
  };
}

function swapBytePairs(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length);
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    out[i] = bytes[i + 1] ?? 0;
    out[i + 1] = bytes[i] ?? 0;
  }
  // An odd trailing byte stays last; the decoder turns it into U+FFFD.
  if (bytes.length % 2 === 1) out[bytes.length - 1] = bytes[bytes.length - 1] ?? 0;
  return out;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

function hasNulByte(bytes: Uint8Array): boolean {
  return bytes.indexOf(0) !== -1;
}

function countChar(text: string, char: string): number {
  let n = 0;
  for (let i = text.indexOf(char); i !== -1; i = text.indexOf(char, i + 1)) n++;
  return n;
}

/** U+FFFD written correctly in the input (EF BF BD) is content, not a decoding error. */
function countValidReplacementChars(bytes: Uint8Array): number {
  let n = 0;
  for (let i = 0; i + 2 < bytes.length; i++) {
    if (bytes[i] === 0xef && bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) {
      n++;
      i += 2;
    }
  }
  return n;
}
