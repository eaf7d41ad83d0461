import { describe, expect, it } from 'vitest';
import { decodeInput } from '../src/read/decode.js';

const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'utf8') : Buffer.from(part))));

const utf16le = (text: string): number[] => [...Buffer.from(text, 'utf16le')];
const utf16be = (text: string): number[] => {
  const le = Buffer.from(text, 'utf16le');
  return [...le].map((_, i) => le[i % 2 === 0 ? i + 1 : i - 1] ?? 0);
};

describe('decodeInput', () => {
  const table: { name: string; input: Uint8Array; text: string; rules: string[] }[] = [
    { name: 'plain UTF-8', input: bytes('He said "yes".'), text: 'He said "yes".', rules: [] },
    { name: 'UTF-8 with a BOM: the BOM is removed', input: bytes([0xef, 0xbb, 0xbf], '“Hi,” she said.'), text: '“Hi,” she said.', rules: [] },
    { name: 'only the leading BOM is removed', input: bytes([0xef, 0xbb, 0xbf], 'a\uFEFFb'), text: 'a\uFEFFb', rules: [] },
    { name: 'CRLF line ends are kept', input: bytes('one\r\ntwo\r\n'), text: 'one\r\ntwo\r\n', rules: [] },
    { name: 'astral characters survive', input: bytes('I ❤️ 𝔫𝔢𝔴𝔰'), text: 'I ❤️ 𝔫𝔢𝔴𝔰', rules: [] },
    { name: 'empty input', input: bytes(''), text: '', rules: [] },
    { name: 'invalid UTF-8 is replaced and warned about', input: bytes('caf', [0xe9], ' ok'), text: 'caf\uFFFD ok', rules: ['invalid-utf8'] },
    { name: 'a truncated sequence at the end', input: bytes('end', [0xe2, 0x80]), text: 'end\uFFFD', rules: ['invalid-utf8'] },
    { name: 'a real U+FFFD is content, not an error', input: bytes('x\uFFFDy'), text: 'x\uFFFDy', rules: [] },
    { name: 'UTF-16 LE with a BOM', input: bytes([0xff, 0xfe], utf16le('“Yes,” he said.\r\n')), text: '“Yes,” he said.\r\n', rules: ['utf16-decoded'] },
    { name: 'UTF-16 BE with a BOM', input: bytes([0xfe, 0xff], utf16be('Ünïcode 𝔫')), text: 'Ünïcode 𝔫', rules: ['utf16-decoded'] },
  ];

  it.each(table)('$name', ({ input, text, rules }) => {
    const decoded = decodeInput(input);
    expect(decoded.kind).toBe('text');
    if (decoded.kind !== 'text') return;
    expect(decoded.text).toBe(text);
    expect(decoded.warnings.map((warning) => warning.rule)).toEqual(rules);
    for (const warning of decoded.warnings) expect(warning.message).not.toBe('');
  });

  it('counts the invalid sequences in its warning', () => {
    const decoded = decodeInput(bytes([0xff], 'a', [0xfe], 'b\uFFFD'));
    expect(decoded.kind === 'text' && decoded.warnings[0]?.message).toMatch(/2 invalid byte sequences/);
  });

  it.each([
    { name: 'a NUL byte near the start', input: bytes('PNG', [0x00, 0x01], 'data') },
    { name: 'a NUL byte at 8191', input: bytes('a'.repeat(8191), [0x00]) },
    { name: 'UTF-16 without a BOM', input: bytes(utf16le('hello')) },
    { name: 'UTF-32 LE with a BOM', input: bytes([0xff, 0xfe, 0x00, 0x00], [0x41, 0, 0, 0]) },
  ])('binary: $name', ({ input }) => {
    expect(decodeInput(input)).toEqual({ kind: 'binary' });
  });

  it('does not look for NUL bytes past the first 8 KB', () => {
    const decoded = decodeInput(bytes('a'.repeat(8192), [0x00]));
    expect(decoded.kind).toBe('text');
  });
});
