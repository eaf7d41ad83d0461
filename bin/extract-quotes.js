#!/usr/bin/env node
// The command: all logic is in the compiled CLI (npm run build writes dist/).
import { main, processIo } from '../dist/cli/main.js';

process.exitCode = await main(process.argv.slice(2), processIo());
