#!/usr/bin/env node
// The command: all logic is in the compiled CLI (npm run build writes dist/).
// (No V8 flags are set from here: `v8.setFlagsFromString('--no-regexp-tier-up')` once saved
// 60 ms of cold start, but changing V8's flags while it runs is undefined behaviour, and it made
// about 1 run in 200 end in a segmentation fault under load.)
const { main, processIo } = await import('../dist/cli/main.js');
process.exitCode = await main(process.argv.slice(2), processIo());
