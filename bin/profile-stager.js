#!/usr/bin/env -S node --max-semi-space-size=64
// Launcher for the built CLI; `npm install` builds it (the "prepare" script).
// The node host keeps a sandbox's data in its own heap (fake-indexeddb) and builds the identity graph
// and the profile store as a batch arrives: millions of objects that outlive V8's default young
// generation (16 MB semi-spaces), which then scavenges every few ms and copies them. 64 MB semi-spaces
// cut the benchmark's 1M-profile + 2M-event ingestion by about a seventh (docs/benchmarks.md, "The node
// host's young generation"); `npm run bench` runs the node host with the flags of this line. Running
// the file as `node bin/profile-stager.js` skips them.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const built = join(dirname(fileURLToPath(import.meta.url)), '..', 'out', 'cli', 'profile-stager.js');
if (!existsSync(built)) {
  process.stderr.write('profile-stager is not built yet: run "npm run build:cli" in the project folder.\n');
  process.exit(1);
}
await import(pathToFileURL(built).href);
