// The folder boundaries are enforced by lint: these run the project's real ESLint config.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { ROOT } from './cli-harness';

const eslint = new ESLint({ cwd: ROOT });

async function messages(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
}

describe('layer boundaries', () => {
  it.each([
    [
      'shared/engine/probe.ts',
      "import { app } from 'electron';\nexport const x = app;\n",
      /must not import Electron/,
    ],
    [
      'shared/engine/probe.ts',
      "import { readFile } from 'node:fs/promises';\nexport const x = readFile;\n",
      /must not import Node/,
    ],
    ['shared/engine/probe.ts', "import path from 'path';\nexport const x = path;\n", /must not import Node/],
    [
      'shared/engine/probe.ts',
      "import { useState } from 'react';\nexport const x = useState;\n",
      /must not import React/,
    ],
    ['shared/engine/probe.ts', 'export const x = document.title;\n', /without a DOM/],
    ['shared/engine/probe.ts', 'export const x = Date.now();\n', /clock as a dependency/],
    [
      'renderer/app/Probe.ts',
      "import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;\n",
      /renderer\/ must not import Electron/,
    ],
    [
      'renderer/app/Probe.ts',
      "import { join } from 'node:path';\nexport const x = join;\n",
      /must not import Node/,
    ],
    [
      'electron/node/probe.ts',
      "import { app } from 'electron';\nexport const x = app;\n",
      /Only electron\/main\//,
    ],
    [
      'electron/main/probe.ts',
      "import { x } from '../../renderer/app/App';\nexport const y = x;\n",
      /must not import renderer/,
    ],
  ])('%s: %s is refused', async (file, code, expected) => {
    const found = await messages(file, code);
    expect(found.join('\n')).toMatch(expected);
  });

  it('allows Electron in electron/main and shared code everywhere', async () => {
    expect(
      await messages('electron/main/probe.ts', "import { app } from 'electron';\nexport const x = app;\n"),
    ).toEqual([]);
    expect(
      await messages(
        'renderer/app/probe.ts',
        "import { EngineError } from '../../shared/contract/errors';\nexport const x = EngineError;\n",
      ),
    ).toEqual([]);
  });
});
