#!/usr/bin/env node
/** The `bolt` executable: runs the CLI and sets the exit code (streams flush before exit). */
import { main } from './main.js';

// A reader that goes away (`bolt build | head -1`) is not an error of ours: stop quietly, as Unix
// tools do, instead of dying on an unhandled EPIPE.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

process.exitCode = await main(process.argv.slice(2));
