// electron-builder.yml stays valid: loaded and validated by electron-builder's own config code (its
// JSON schema), and packing what electron-vite builds, with main pointing at the built main.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const root = join(import.meta.dirname, '..', '..');

interface BuilderConfig {
  files?: (string | { filter?: string[] })[];
  extraMetadata?: { main?: string };
  asar?: boolean;
  [key: string]: unknown;
}

const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
  getConfig(
    projectDir: string,
    configPath: string | null,
    configFromOptions: unknown,
  ): Promise<BuilderConfig>;
  validateConfiguration(config: BuilderConfig, debugLogger: unknown): Promise<void>;
};
const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };

describe('electron-builder configuration', () => {
  it('passes electron-builder’s own validation', async () => {
    const config = await getConfig(root, join(root, 'electron-builder.yml'), null);
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
    // The validator is real: an unknown option is refused.
    await expect(
      validateConfiguration({ ...config, notAnOption: true }, new DebugLogger(false)),
    ).rejects.toThrow(/notAnOption/);
  });

  it('packs what electron-vite builds and starts the built main', async () => {
    const config = await getConfig(root, join(root, 'electron-builder.yml'), null);
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      main: string;
      dependencies: Record<string, string>;
    };
    // electron-builder normalises `files` to `{ filter: [...] }` entries.
    const files = (config.files ?? []).flatMap((entry) =>
      typeof entry === 'string' ? [entry] : (entry.filter ?? []),
    );
    expect(files).toEqual(['out/main/**', 'out/preload/**', 'out/renderer/**', 'package.json']);
    expect(config.extraMetadata?.main).toBe('out/main/index.js');
    expect(pkg.main).toBe('out/main/index.js');
    expect(config.asar).toBe(true);
    // Main keeps fastify external (electron-vite externalizes dependencies), so it must ship as a dependency.
    expect(pkg.dependencies).toHaveProperty('fastify');
    const vite = readFileSync(join(root, 'electron.vite.config.ts'), 'utf8');
    for (const dir of ['out/main', 'out/preload', 'out/renderer']) expect(vite).toContain(`outDir: '${dir}'`);
  });
});
