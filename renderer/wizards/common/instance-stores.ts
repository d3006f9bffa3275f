// Keeps a wizard's stores for the life of one app instance, per sandbox: leaving the page and coming back resumes.
import type { AppStores } from '../../state/app-stores';

const registries = new WeakMap<AppStores, Map<string, unknown>>();

/**
 * The stores `create` made for this app instance and key, made on first use. Tied to the app's own
 * stores object, so every app instance (and every test) starts fresh and nothing leaks between them.
 */
export function instanceStores<T>(app: AppStores, key: string, create: () => T): T {
  let registry = registries.get(app);
  if (!registry) {
    registry = new Map();
    registries.set(app, registry);
  }
  const existing = registry.get(key) as T | undefined;
  if (existing !== undefined) return existing;
  const created = create();
  registry.set(key, created);
  return created;
}
