// The file worker when the engine runs from source (tsx, vitest): loads file-worker.ts through tsx.
// The built CLI starts out/cli/file-worker.js instead.
import { register } from 'tsx/esm/api';

register();
await import('./file-worker.ts');
