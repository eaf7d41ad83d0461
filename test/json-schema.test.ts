/**
 * Every document validates against the JSON Schema that `extract-quotes --schema` prints — the
 * schema a jq pipeline or another language would use — checked with a standard validator (ajv,
 * draft 2020-12), not only with the zod schemas it is derived from. Documents: every fixture, the
 * seed article when the workplace has it, and seeded random texts full of quote marks and cues.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ajvModule from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../src/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin', 'extract-quotes.js');
const built = existsSync(join(root, 'dist', 'cli', 'main.js'));

/** The schema exactly as the command prints it (falls back to a clear failure if unbuilt). */
function printedSchema(): Record<string, unknown> {
  if (!built) throw new Error('dist/ is missing: run `npm run build` (npm test does) before this test');
  return JSON.parse(execFileSync(process.execPath, [bin, '--schema'], { encoding: 'utf8' })) as Record<string, unknown>;
}

// ajv is CommonJS: under NodeNext its class is the default export's `default`
const Ajv2020 = (ajvModule as unknown as { default: typeof ajvModule.default }).default ?? ajvModule;
const ajv = new Ajv2020({ allErrors: true, strict: false });
const validate = ajv.compile(printedSchema());

function expectValid(doc: unknown): void {
  const ok = validate(doc);
  expect(ok ? [] : validate.errors).toEqual([]);
}

const fixtures = readdirSync(join(root, 'fixtures')).filter((f) => f.endsWith('.txt')).sort();
const seed = join(root, '..', 'shared', 'seed', 'kremlin-warning.txt');

describe('documents validate against the printed JSON Schema', () => {
  it('the schema is draft 2020-12 and describes schemaVersion 1', () => {
    const schema = printedSchema();
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect((schema.properties as Record<string, { const?: unknown }>).schemaVersion?.const).toBe(1);
  });

  it.each(fixtures)('fixtures/%s', (name) => {
    const text = readFileSync(join(root, 'fixtures', name), 'utf8');
    expectValid(extractQuotes(text, { path: `fixtures/${name}` }));
    expectValid(extractQuotes(text, { path: name, id: 'record-1', keepNonQuotations: true }));
  });

  it.skipIf(!existsSync(seed))('the seed article (../shared/seed)', () => {
    expectValid(extractQuotes(readFileSync(seed, 'utf8'), { path: 'kremlin-warning.txt' }));
  });

  it('seeded random texts with marks, names and cues', () => {
    const piece = fc.constantFrom('"', '“', '”', '‘', '’', "'", '«', '»', '„', "''", ' ', '\n', '\n\n', ', ', '. ', 'said', 'told reporters', 'according to', 'he', 'she', 'Ana Ruiz', 'the mayor', 'Officials', 'LINK: https://example.org/a', 'We will win', '(Photo by Agency)');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        expectValid(extractQuotes(parts.join(' ')));
      }),
      { seed: 20261128, numRuns: 300 },
    );
  });
});
