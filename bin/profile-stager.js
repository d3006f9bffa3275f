#!/usr/bin/env node
// Launcher for the built CLI; `npm install` builds it (the "prepare" script).
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const built = join(dirname(fileURLToPath(import.meta.url)), '..', 'out', 'cli', 'profile-stager.js');
if (!existsSync(built)) {
  process.stderr.write('profile-stager is not built yet: run "npm run build:cli" in the project folder.\n');
  process.exit(1);
}
await import(pathToFileURL(built).href);
