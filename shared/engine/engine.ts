// Builds the engine from its dependencies: domains register their handlers into one registry.
import type { EngineInfo } from '../contract/methods';
import { SANDBOX_DB_VERSION } from '../db/schema';
import type { EngineContext, EngineDeps } from './deps';
import { createEventBus, type EventBus } from './events';
import { createHandlerRegistry, type HandlerRegistry } from './handlers';
import { accessHandlers } from './access/handlers';
import { AccessService } from './access/service';
import { CatalogService } from './catalog/service';
import { identityGraphPort } from './profile/graph-port';
import { announceBatchChanges, announcePolicyChanges } from './profile/changes';
import { identityConfigHandlers } from './profile/identity-settings';
import { MergePolicies } from './profile/policies';
import { ProfileStates } from './profile/store';
import { streamingHandlers } from './streaming/handlers';
import { StreamingService } from './streaming/service';
import { BatchService } from './ingest/batches';
import { FileWorkerPool } from './ingest/file-workers';
import { FreshPages } from './ingest/fresh-pages';
import { catalogAndIngestHandlers } from './ingest/handlers';
import { registryHandlers } from './registry/handlers';
import { RegistryCore } from './registry/service';
import { sandboxHandlers } from './sandbox/handlers';
import { SandboxService } from './sandbox/service';

export interface Engine {
  handlers: HandlerRegistry;
  events: EventBus;
  sandboxes: SandboxService;
  registry: RegistryCore;
  catalog: CatalogService;
  batches: BatchService;
  access: AccessService;
  /** Derived Profile state per sandbox database (identity graph and fragments, in memory). */
  profiles: ProfileStates;
  streaming: StreamingService;
  info: EngineInfo;
  close(): void;
}

/** Creates and initialises an engine; resolves once the workspace is open. */
export async function createEngine(deps: EngineDeps): Promise<Engine> {
  const events = createEventBus((error) => deps.log.error('event listener failed', { error: String(error) }));
  const ctx: EngineContext = { ...deps, events };
  const sandboxes = new SandboxService(ctx, deps.snapshotLimits);
  const policies = new MergePolicies(ctx);
  sandboxes.seeders.push((db) => policies.seed(db));
  await sandboxes.init();

  const info: EngineInfo = {
    version: deps.version,
    host: deps.host,
    startedAt: new Date(deps.now()).toISOString(),
    dbVersion: SANDBOX_DB_VERSION,
  };
  const handlers = createHandlerRegistry();
  handlers.register({ 'engine-info': async () => info });
  handlers.register(sandboxHandlers(sandboxes));
  const registry = new RegistryCore(ctx, sandboxes);
  handlers.register(registryHandlers(registry));
  const catalog = new CatalogService(registry);
  // Pages of Profile-bound batches, kept from ingestion for the profile refresh after it.
  const fresh = new FreshPages();
  // Big files are read, parsed and validated on a second thread when the host can start one.
  const workers = deps.fileWorkers ? new FileWorkerPool(deps.fileWorkers) : undefined;
  const batches = new BatchService(registry, catalog, fresh, workers);
  handlers.register(catalogAndIngestHandlers(registry, catalog, batches));
  // Batches a stopped engine left mid-flight are failed ("interrupted") before any call sees them.
  await batches.recoverInterrupted((await sandboxes.list()).map((s) => s.name));
  const profiles = new ProfileStates((lookup, config) => identityGraphPort(config, lookup), events, fresh);
  // A deleted or reset sandbox's derived Profile state (graph, fragments) is not kept in memory.
  sandboxes.dropped.push((dbName) => profiles.forget(dbName));
  const access = new AccessService(profiles, policies);
  handlers.register(announcePolicyChanges(events, accessHandlers(registry, access, policies, profiles)));
  handlers.register(
    identityConfigHandlers(registry, profiles, (sandbox) =>
      events.emit('profile-changed', { sandbox, reason: 'identity-config-changed' }),
    ),
  );
  announceBatchChanges(events);
  // Profile takes in a batch in the background once it lands (the platform, too, applies a batch to
  // Profile after it succeeds): the engine's thread builds it while a file worker reads the next file,
  // and the first lookup finds it ready. A failure here is only logged: the next read refreshes again.
  // A batch that failed while Profile was applying it early is taken out the same way.
  events.on('batch-finished', ({ sandbox, batchId, status }) => {
    if (status !== 'success' && !profiles.isStaging(batchId)) return;
    registry
      .db(sandbox)
      .then((db) => profiles.get(db))
      .catch((error: unknown) =>
        deps.log.warn('profile: applying a batch in the background failed', {
          sandbox,
          error: String(error),
        }),
      );
  });
  const streaming = new StreamingService(registry, catalog, deps.streamingJournal, profiles);
  handlers.register(streamingHandlers(streaming));

  return {
    handlers,
    events,
    sandboxes,
    registry,
    catalog,
    batches,
    access,
    profiles,
    streaming,
    info,
    close: () => {
      workers?.close();
      sandboxes.close();
    },
  };
}
