#!/usr/bin/env node
// build-lexicon.mjs — part of `npm run build`: write the subset of compromise's lexicon that
// src/attribute/nlp.ts reads (names by gender, organisations, places, finite verb forms) to
// dist/attribute/lexicon.json, so the CLI's cold start need not unpack compromise's whole
// lexicon. The subset comes from the installed compromise and carries its version; nlp.ts
// ignores it when the versions differ. Deterministic: sorted keys, no timestamps.
import { writeFileSync, renameSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const { lexiconSubset } = await import('../dist/attribute/nlp.js');
const target = fileURLToPath(new URL('../dist/attribute/lexicon.json', import.meta.url));
const subset = lexiconSubset();
writeFileSync(`${target}.tmp`, `${JSON.stringify(subset)}\n`);
renameSync(`${target}.tmp`, target);
console.error(`build-lexicon: ${Object.keys(subset.words).length} words from compromise ${subset.version} → dist/attribute/lexicon.json`);
