// Sandboxes: each a separate Dexie database, listed in the workspace database. Reset, delete and
// import write a fresh database first and then flip the workspace pointer, so they are atomic.
import type Dexie from 'dexie';
import { EngineError } from '../../contract/errors';
import type { SandboxInfo, SnapshotImportResult } from '../../contract/sandbox-types';
import { deleteDb, openSandboxDb, openWorkspaceDb } from '../../db/open';
import { isBytes } from '../../util/assert';
import { SANDBOX_DB_VERSION } from '../../db/schema';
import type { EngineContext } from '../deps';
import { checkSandboxName, checkTenantId, DEFAULT_SANDBOX, defaultTitle } from './names';
import { SnapshotWriter, type SnapshotSandbox } from './snapshot-format';
import { readSnapshot, snapshotItems, type SnapshotLimits, DEFAULT_SNAPSHOT_LIMITS } from './snapshot-read';

export const DEFAULT_TENANT = 'stager';
/** Tables every sandbox starts with rows in (settings, the default merge policy): not counted as data. */
const BOOKKEEPING = new Set(['settings', 'mergePolicies']);
const PAGE = 2000;

interface SandboxRow extends SnapshotSandbox {
  dbName: string;
}

export class SandboxService {
  private readonly workspace: Dexie;
  private readonly handles = new Map<string, Dexie>();
  private queue: Promise<unknown> = Promise.resolve();
  /** Run on every new or reset sandbox database (e.g. the default merge policy). */
  readonly seeders: ((db: Dexie) => Promise<void>)[] = [];
  /** Called with a sandbox database's name once it is deleted (reset, delete, replaced on import). */
  readonly dropped: ((dbName: string) => void)[] = [];

  constructor(
    private readonly ctx: EngineContext,
    private readonly limits: SnapshotLimits = DEFAULT_SNAPSHOT_LIMITS,
  ) {
    this.workspace = openWorkspaceDb(ctx.idb);
  }

  /** Opens the workspace and creates the default `prod` sandbox on first run. */
  async init(): Promise<void> {
    await this.workspace.open();
    if (!(await this.row(DEFAULT_SANDBOX))) {
      await this.exclusive(() => this.insert(DEFAULT_SANDBOX, 'Production', DEFAULT_TENANT));
    }
  }

  async list(): Promise<SandboxInfo[]> {
    const rows = (await this.workspace.table('sandboxes').toArray()) as SandboxRow[];
    rows.sort((a, b) => Number(b.isDefault) - Number(a.isDefault) || a.name.localeCompare(b.name));
    return Promise.all(rows.map((row) => this.info(row)));
  }

  async get(name: string): Promise<SandboxInfo> {
    return this.info(await this.require(name));
  }

  /** The sandbox's database, opened once and cached. */
  async db(name: string): Promise<Dexie> {
    const cached = this.handles.get(name);
    if (cached) return cached;
    const row = await this.require(name);
    const db = openSandboxDb(this.ctx.idb, row.dbName);
    await db.open();
    this.handles.set(name, db);
    return db;
  }

  create(name: string, title?: string, tenantId?: string): Promise<SandboxInfo> {
    checkSandboxName(name);
    const tenant = checkTenantId(tenantId ?? DEFAULT_TENANT);
    return this.exclusive(async () => {
      if (await this.row(name))
        throw new EngineError('already-exists', `A sandbox named "${name}" already exists.`);
      const info = await this.insert(name, title?.trim() || defaultTitle(name), tenant);
      this.changed(name);
      return info;
    });
  }

  rename(name: string, title: string): Promise<SandboxInfo> {
    const trimmed = title.trim();
    if (!trimmed) throw new EngineError('invalid-argument', 'A sandbox title cannot be empty.');
    return this.exclusive(async () => {
      const row = await this.require(name);
      const next = { ...row, title: trimmed, updatedAt: this.iso() };
      await this.workspace.table('sandboxes').put(next);
      this.changed(name);
      return this.info(next);
    });
  }

  reset(name: string): Promise<SandboxInfo> {
    return this.exclusive(async () => {
      const row = await this.require(name);
      const fresh = this.dbNameFor(name);
      const db = openSandboxDb(this.ctx.idb, fresh);
      await db.open();
      await this.seed(db);
      db.close();
      const next = { ...row, dbName: fresh, updatedAt: this.iso() };
      await this.workspace.table('sandboxes').put(next);
      await this.dropHandle(name, row.dbName);
      this.changed(name);
      return this.info(next);
    });
  }

  remove(name: string): Promise<{ deleted: string }> {
    return this.exclusive(async () => {
      const row = await this.require(name);
      if (row.isDefault) {
        throw new EngineError(
          'failed-precondition',
          `The default sandbox "${name}" cannot be deleted; reset it instead.`,
        );
      }
      await this.workspace.table('sandboxes').delete(name);
      await this.dropHandle(name, row.dbName);
      this.changed(name);
      return { deleted: name };
    });
  }

  /** Writes the named sandboxes (all when omitted) into one snapshot file. */
  exportSnapshot(names?: string[]): Promise<Uint8Array> {
    return this.exclusive(async () => {
      const rows = names?.length
        ? await Promise.all(names.map((n) => this.require(n)))
        : ((await this.workspace.table('sandboxes').toArray()) as SandboxRow[]);
      rows.sort((a, b) => a.name.localeCompare(b.name));
      const writer = new SnapshotWriter({
        dbVersion: SANDBOX_DB_VERSION,
        createdAt: this.iso(),
        sandboxes: rows.map((r) => r.name),
      });
      for (const row of rows) {
        const { dbName: _dbName, ...meta } = row;
        writer.sandbox(meta);
        const db = await this.db(row.name);
        for (const table of [...db.tables].sort((a, b) => a.name.localeCompare(b.name))) {
          const outbound =
            table.schema.primKey.keyPath === null || table.schema.primKey.keyPath === undefined;
          let last: unknown;
          for (;;) {
            const collection = last === undefined ? table.orderBy(':id') : table.where(':id').above(last);
            const keys = await collection.clone().limit(PAGE).primaryKeys();
            if (keys.length === 0) break;
            const values = await table.bulkGet(keys);
            keys.forEach((key, i) => writer.row(table.name, values[i], outbound ? key : undefined));
            last = keys[keys.length - 1];
            if (keys.length < PAGE) break;
          }
        }
      }
      return writer.finish();
    });
  }

  /** Validates the whole snapshot first; then writes fresh databases and flips all pointers at once. */
  importSnapshot(
    bytes: Uint8Array,
    replace = false,
    rename: Record<string, string> = {},
  ): Promise<SnapshotImportResult> {
    if (!isBytes(bytes))
      throw new EngineError('invalid-argument', 'sandbox-import needs the snapshot bytes.');
    return this.exclusive(async () => {
      const parsed = readSnapshot(bytes, this.limits);
      const targets = parsed.sections.map((section) => {
        const name = checkSandboxName(rename[section.sandbox.name] ?? section.sandbox.name);
        return { section, name };
      });
      for (const { name } of targets) {
        if (!replace && (await this.row(name))) {
          throw new EngineError(
            'already-exists',
            `Sandbox "${name}" already exists; import with replace to overwrite it, or rename it.`,
          );
        }
      }
      const written: SandboxRow[] = [];
      let rows = 0;
      try {
        // One sandbox at a time, rows in pages, read from the file again line by line (never whole).
        let open: { db: Dexie; dbName: string } | undefined;
        let page: { table: string; values: unknown[]; keys: unknown[] } | undefined;
        const flush = async () => {
          if (!open || !page || page.values.length === 0) return;
          const table = open.db.table(page.table);
          if (page.keys.length) await table.bulkAdd(page.values, page.keys as never);
          else await table.bulkAdd(page.values);
          rows += page.values.length;
          page = undefined;
        };
        const finish = async () => {
          if (!open) return;
          await flush();
          open.db.close();
          if (parsed.header.dbVersion < SANDBOX_DB_VERSION) {
            const upgraded = openSandboxDb(this.ctx.idb, open.dbName);
            await upgraded.open();
            upgraded.close();
          }
          open = undefined;
        };
        try {
          for (const item of snapshotItems(bytes, this.limits)) {
            if (item.kind === 'sandbox') {
              await finish();
              const target = targets[item.section];
              if (!target) throw new Error(`sandbox ${item.section + 1} of the file was not validated`);
              const dbName = this.dbNameFor(target.name);
              const { section, name } = target;
              written.push({ ...section.sandbox, name, isDefault: name === DEFAULT_SANDBOX, dbName });
              const db = openSandboxDb(this.ctx.idb, dbName, parsed.header.dbVersion);
              await db.open();
              open = { db, dbName };
              continue;
            }
            if (!page || page.table !== item.table || page.values.length >= PAGE) {
              await flush();
              page = { table: item.table, values: [], keys: [] };
            }
            page.values.push(item.value);
            if (item.hasKey) page.keys.push(item.key);
          }
          await finish();
        } finally {
          (open as { db: Dexie } | undefined)?.db.close();
        }
      } catch (error) {
        await Promise.all(written.map((row) => deleteDb(this.ctx.idb, row.dbName)));
        if (error instanceof EngineError) throw error;
        throw new EngineError(
          'snapshot-invalid',
          `The snapshot could not be written: ${(error as Error).message}. Nothing was changed.`,
        );
      }
      const previous = await Promise.all(written.map((row) => this.row(row.name)));
      await this.workspace.table('sandboxes').bulkPut(written);
      for (const [i, row] of written.entries()) {
        const old = previous[i];
        if (old) await this.dropHandle(row.name, old.dbName);
        this.changed(row.name);
      }
      return { sandboxes: await Promise.all(written.map((row) => this.info(row))), rows };
    });
  }

  /** Closes every open database. */
  close(): void {
    for (const db of this.handles.values()) db.close();
    this.handles.clear();
    this.workspace.close();
  }

  private async insert(name: string, title: string, tenantId: string): Promise<SandboxInfo> {
    const now = this.iso();
    const row: SandboxRow = {
      name,
      title,
      type: name === DEFAULT_SANDBOX ? 'production' : 'development',
      isDefault: name === DEFAULT_SANDBOX,
      tenantId,
      createdAt: now,
      updatedAt: now,
      dbName: this.dbNameFor(name),
    };
    const db = openSandboxDb(this.ctx.idb, row.dbName);
    await db.open();
    await this.seed(db);
    db.close();
    await this.workspace.table('sandboxes').add(row);
    return this.info(row);
  }

  private async seed(db: Dexie): Promise<void> {
    for (const seeder of this.seeders) await seeder(db);
  }

  private async info(row: SandboxRow): Promise<SandboxInfo> {
    const { dbName: _dbName, ...rest } = row;
    const db = this.handles.get(row.name);
    let rowCount = 0;
    const count = async (tables: Dexie['tables']) => {
      for (const table of tables) if (!BOOKKEEPING.has(table.name)) rowCount += await table.count();
    };
    if (db) await count(db.tables);
    else {
      const probe = openSandboxDb(this.ctx.idb, row.dbName);
      await probe.open();
      await count(probe.tables);
      probe.close();
    }
    return { ...rest, rowCount };
  }

  private async row(name: string): Promise<SandboxRow | undefined> {
    return (await this.workspace.table('sandboxes').get(name)) as SandboxRow | undefined;
  }

  private async require(name: string): Promise<SandboxRow> {
    const row = typeof name === 'string' ? await this.row(name) : undefined;
    if (!row)
      throw new EngineError(
        'not-found',
        `No sandbox named "${String(name)}"; it may have been deleted. Pick one from the list of sandboxes.`,
      );
    return row;
  }

  private async dropHandle(name: string, dbName: string): Promise<void> {
    this.handles.get(name)?.close();
    this.handles.delete(name);
    await deleteDb(this.ctx.idb, dbName);
    for (const drop of this.dropped) drop(dbName);
  }

  private dbNameFor(name: string): string {
    return `profile-stager-sandbox-${name}-${this.ctx.newId()}`;
  }

  private iso(): string {
    return new Date(this.ctx.now()).toISOString();
  }

  private changed(name: string): void {
    void this.list().then(
      (sandboxes) => this.ctx.events.emit('sandbox-changed', { sandboxes, changed: name }),
      (error: unknown) =>
        this.ctx.log.warn('could not list sandboxes after a change', { error: String(error) }),
    );
  }

  /** Runs mutating operations one at a time. */
  private exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work, work);
    this.queue = run.catch(() => undefined);
    return run;
  }
}
