// Unit and integration tests: engine/formats/node/electron in Node, renderer components in jsdom.
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  test: {
    globals: true,
    // Engine-backed component and integration tests load the XDM library and compile validators;
    // on a loaded 2-core machine that can take several seconds.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['test/{engine,formats,node,electron,xdm,util,contract}/**/*.test.ts'],
          setupFiles: ['test/setup-node.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'renderer',
          environment: 'jsdom',
          include: ['test/renderer/**/*.test.{ts,tsx}'],
          setupFiles: ['test/setup-renderer.ts'],
        },
      },
    ],
  },
});
