// npm makes a package's bin executable when it installs the package somewhere, but not the
// project's own bin compiled by `prepare` in a checkout: `npx --no-install bolt` there runs
// dist/src/cli/bin.js directly and needs its mode set (tsc writes 0644).
import { chmodSync } from 'node:fs';

chmodSync(new URL('../dist/src/cli/bin.js', import.meta.url), 0o755);
