// Builds the node host's CLI into ES modules in out/cli: the CLI entry, the file worker it starts on
// worker threads (found beside it at run time), and the chunks they share; npm dependencies stay external.
import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};

export default defineConfig({
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  build: {
    ssr: true,
    outDir: 'out/cli',
    emptyOutDir: true,
    target: 'node20',
    sourcemap: true,
    rollupOptions: {
      input: { 'profile-stager': 'electron/node/cli/main.ts', 'file-worker': 'electron/node/file-worker.ts' },
      output: { entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js', format: 'es' },
    },
  },
  ssr: { target: 'node' },
});
