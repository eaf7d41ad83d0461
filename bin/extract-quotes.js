#!/usr/bin/env node
// The command: all logic is in the compiled CLI (npm run build writes dist/).
import { setFlagsFromString } from 'node:v8';

// Compile each regular expression to machine code on its first use. By default V8 first
// compiles it to bytecode for an interpreter and recompiles it once it is used again; for the
// large Unicode patterns of the attribution rules that first step costs more than the native
// compilation itself, and one article already uses every pattern more than once: 60 ms of a
// 0.4 s cold start. Set before the library is imported, so it holds for every pattern (and for
// worker threads, which share the flags).
setFlagsFromString('--no-regexp-tier-up');

const { main, processIo } = await import('../dist/cli/main.js');
process.exitCode = await main(process.argv.slice(2), processIo());
