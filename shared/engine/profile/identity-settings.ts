// A sandbox's identity configuration: overrides of the versioned defaults, kept in its settings table,
// and the engine methods that show and change it.
import type Dexie from 'dexie';
import type { IdentityConfigView } from '../../contract/identity-types';
import type { HandlerMap } from '../../contract/server';
import { EngineError } from '../../contract/errors';
import { requireObject, requireString } from '../args';
import { changedIdentityConfig, identityConfig, type IdentityConfig } from '../identity/config';
import { listNamespaces } from '../registry/namespaces';
import type { RegistryCore } from '../registry/service';
import type { ProfileStates } from './store';

/** Settings key of the overrides (`{ overrides, version }`). */
export const IDENTITY_CONFIG_SETTING = 'identityConfig';

interface StoredIdentityConfig {
  key: typeof IDENTITY_CONFIG_SETTING;
  value: { overrides: Partial<IdentityConfig>; version: number };
}

/** The overrides a sandbox stores (none when it follows the defaults). */
export async function identityOverrides(db: Dexie): Promise<Partial<IdentityConfig>> {
  const row = (await db.table('settings').get(IDENTITY_CONFIG_SETTING)) as StoredIdentityConfig | undefined;
  return row?.value.overrides ?? {};
}

/** The configuration in force for a sandbox. */
export async function sandboxIdentityConfig(db: Dexie): Promise<IdentityConfig> {
  return identityConfig(await identityOverrides(db));
}

function view(config: IdentityConfig, overrides: Partial<IdentityConfig>): IdentityConfigView {
  return { config, changed: Object.keys(overrides).sort() };
}

/** `identity-config-show` and `identity-config-set`. */
export function identityConfigHandlers(
  registry: RegistryCore,
  states: ProfileStates,
  onChanged: (sandbox: string) => void,
): HandlerMap {
  return {
    'identity-config-show': async (raw) => {
      const args = requireObject(raw, 'identity-config-show');
      const db = await registry.db(requireString(args, 'sandbox', 'identity-config-show'));
      const overrides = await identityOverrides(db);
      return view(identityConfig(overrides), overrides);
    },
    'identity-config-set': async (raw) => {
      const args = requireObject(raw, 'identity-config-set');
      const sandbox = requireString(args, 'sandbox', 'identity-config-set');
      const changes = args.changes;
      if (typeof changes !== 'object' || changes === null || Array.isArray(changes)) {
        throw new EngineError(
          'invalid-argument',
          'identity-config-set needs "changes": an object of configuration keys and values.',
        );
      }
      if (Object.keys(changes).length === 0)
        throw new EngineError(
          'invalid-argument',
          'Name at least one key to change, e.g. {"maxIdentitiesPerGraph": 30}.',
        );
      const db = await registry.db(sandbox);
      const namespaces = await listNamespaces(db);
      const byLower = new Map(namespaces.map((n) => [n.code.toLowerCase(), n]));
      const next = changedIdentityConfig(
        await identityOverrides(db),
        changes as Record<string, unknown>,
        (code) => byLower.get(code.toLowerCase()),
      );
      const stored: StoredIdentityConfig = {
        key: IDENTITY_CONFIG_SETTING,
        value: { overrides: next.overrides, version: next.config.version },
      };
      await db.table('settings').put(stored);
      states.invalidate();
      onChanged(sandbox);
      return view(next.config, next.overrides);
    },
  };
}
