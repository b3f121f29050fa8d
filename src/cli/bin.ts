#!/usr/bin/env node
/** The `bolt` executable: runs the CLI and sets the exit code (streams flush before exit). */
import { main } from './main.js';

process.exitCode = await main(process.argv.slice(2));
