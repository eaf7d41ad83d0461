#!/usr/bin/env node
// update-golden.mjs — regenerate the expected (golden) outputs of the fixtures.
//
//   npm run build && node scripts/update-golden.mjs [NAME …]
//
// Name contract (test/fixtures.test.ts relies on it):
//   for every fixtures/NAME.txt (the directory's own *.txt files, not subfolders)
//     fixtures/expected/NAME.json = JSON.stringify(extractQuotes(text, { path: 'fixtures/NAME.txt' }), null, 2) + '\n'
//     fixtures/expected/NAME.md   = renderMarkdown(doc)   (serializeMarkdown from dist/serialize/markdown.js)
//   where text is the file decoded as UTF-8 with a leading byte-order mark removed, and the path is
//   always the POSIX relative path 'fixtures/NAME.txt', whatever the working directory, so that the
//   golden JSON (source.path) does not depend on where the script ran.
// It runs the BUILT library (dist/), so build first. Give fixture names (without .txt) to regenerate
// only those. Review `git diff fixtures/expected` by hand before committing: a golden file is a claim
// that the output is right, not a snapshot of whatever the code does today.
import { readFileSync, readdirSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const fixturesDir = join(root, 'fixtures');
const expectedDir = join(fixturesDir, 'expected');
const distIndex = join(root, 'dist', 'index.js');
const distMd = join(root, 'dist', 'serialize', 'markdown.js');

if (!existsSync(distIndex)) {
  console.error(`update-golden: ${distIndex} not found; run \`npm run build\` first.`);
  process.exit(1);
}
const { extractQuotes } = await import(pathToFileURL(distIndex).href);

// The Markdown serializer may not exist yet: without it only the JSON golden files are written.
let renderMarkdown = null;
if (existsSync(distMd)) {
  const md = await import(pathToFileURL(distMd).href);
  if (typeof md.serializeMarkdown === 'function') renderMarkdown = md.serializeMarkdown;
}
if (!renderMarkdown) console.error('update-golden: dist/serialize/markdown.js has no serializeMarkdown export; writing JSON only.');

const wanted = new Set(process.argv.slice(2).map((a) => a.replace(/\.txt$/, '').replace(/^.*\//, '')));
const names = readdirSync(fixturesDir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => f.slice(0, -'.txt'.length))
  .filter((n) => wanted.size === 0 || wanted.has(n))
  .sort();
for (const n of wanted) if (!names.includes(n)) { console.error(`update-golden: no fixtures/${n}.txt`); process.exit(1); }

mkdirSync(expectedDir, { recursive: true });
for (const name of names) {
  const text = readFileSync(join(fixturesDir, `${name}.txt`), 'utf8').replace(/^\uFEFF/, '');
  const doc = extractQuotes(text, { path: `fixtures/${name}.txt` });
  writeFileSync(join(expectedDir, `${name}.json`), JSON.stringify(doc, null, 2) + '\n');
  let written = `expected/${name}.json`;
  if (renderMarkdown) {
    writeFileSync(join(expectedDir, `${name}.md`), renderMarkdown(doc));
    written += ` + .md`;
  }
  console.error(`update-golden: ${written} (${doc.quotes.length} quotes, ${doc.speakers.length} speakers)`);
}
