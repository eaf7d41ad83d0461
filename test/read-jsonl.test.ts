import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { parseJsonlRecord, readJsonl, type JsonlLine } from '../src/read/jsonl.js';

describe('parseJsonlRecord', () => {
  it.each([
    { line: '{"id": "a1", "text": "He said \\"hi\\"."}', expected: { ok: true, line: 1, record: { id: 'a1', text: 'He said "hi".' } } },
    { line: '{"id": 17, "text": "x"}', expected: { ok: true, line: 1, record: { id: '17', text: 'x' } } },
    { line: '{"text": "no id"}', expected: { ok: true, line: 1, record: { id: '1', text: 'no id' } } },
    { line: '{"id": "a", "text": "x", "extra": true}', expected: { ok: true, line: 1, record: { id: 'a', text: 'x' } } },
    { line: '{"id": "a"}', expected: { ok: false, line: 1, reason: 'no "text" string' } },
    { line: '{"id": {}, "text": "x"}', expected: { ok: false, line: 1, reason: '"id" is not a string or a number' } },
    { line: '["text"]', expected: { ok: false, line: 1, reason: 'not a JSON object' } },
  ])('$line', ({ line, expected }) => {
    expect(parseJsonlRecord(line, 1)).toEqual(expected);
  });

  it('explains invalid JSON', () => {
    const parsed = parseJsonlRecord('{"id": 1, "text": ', 4);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.reason).toMatch(/^invalid JSON \(/);
    expect(parsed.line).toBe(4);
  });
});

describe('readJsonl', () => {
  async function readAll(chunks: string[]): Promise<JsonlLine[]> {
    const lines: JsonlLine[] = [];
    for await (const line of readJsonl(Readable.from(chunks))) lines.push(line);
    return lines;
  }

  it('reads records split across chunks, with CRLF, a BOM and blank lines, numbering real lines', async () => {
    const lines = await readAll(['\uFEFF{"id":"a","te', 'xt":"one"}\r\n\r\n', 'nope\n{"id":"c","text":"three"}']);
    expect(lines).toEqual([
      { ok: true, line: 1, record: { id: 'a', text: 'one' } },
      expect.objectContaining({ ok: false, line: 3 }),
      { ok: true, line: 4, record: { id: 'c', text: 'three' } },
    ]);
  });

  it('throws a stream error after the lines before it', async () => {
    const stream = new Readable({ read() {} });
    const seen: JsonlLine[] = [];
    const reading = (async () => {
      for await (const line of readJsonl(stream)) seen.push(line);
    })();
    stream.push('{"text":"ok"}\n');
    setTimeout(() => stream.destroy(new Error('disk on fire')), 10);
    await expect(reading).rejects.toThrow('disk on fire');
    expect(seen).toHaveLength(1);
  });
});
