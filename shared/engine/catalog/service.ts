// The Catalog of a sandbox: datasets on schemas, their Profile/Identity/upsert tags, and which
// schemas are "in use" (fed to the registry's evolution rules).
import type Dexie from 'dexie';
import type { DatasetTags, DatasetView, SchemaRef } from '../../contract/catalog-types';
import { EngineError } from '../../contract/errors';
import type { RegistryCore } from '../registry/service';
import { requireSchema } from '../registry/store';
import { checkTags, checkTagTransition, tagState } from './tags';

export const DEFAULT_CONTENT_TYPE = 'application/vnd.adobe.xed-full+json;version=1';
const ORG = 'PROFILESTAGER@AdobeOrg';
const USER = 'profile-stager';

/** A dataset as stored. */
export interface StoredDataset {
  id: string;
  name: string;
  nameKey: string;
  description?: string;
  schemaId: string;
  contentType: string;
  tags: DatasetTags;
  created: number;
  updated: number;
  minor: number;
  /** When Profile was switched on and off: only data ingested while on reaches Profile. */
  profileIntervals: { from: number; to?: number }[];
  hasData: boolean;
  rowCount: number;
  rowsNotInProfile: number;
}

export class CatalogService {
  constructor(private readonly registry: RegistryCore) {
    registry.hooks.isInUse = (sandbox, schemaId) => this.isSchemaInUse(sandbox, schemaId);
  }

  private db(sandbox: string): Promise<Dexie> {
    return this.registry.db(sandbox);
  }

  async isSchemaInUse(sandbox: string, schemaId: string): Promise<boolean> {
    const datasets = (await (
      await this.db(sandbox)
    )
      .table('datasets')
      .where('schemaId')
      .equals(schemaId)
      .toArray()) as StoredDataset[];
    return datasets.some((d) => d.hasData || tagState(d.tags).isProfileEnabled);
  }

  async list(sandbox: string): Promise<DatasetView[]> {
    const db = await this.db(sandbox);
    const rows = (await db.table('datasets').toArray()) as StoredDataset[];
    rows.sort((a, b) => a.created - b.created);
    return Promise.all(rows.map((row) => this.view(db, row)));
  }

  async find(sandbox: string, ref: string): Promise<StoredDataset> {
    const db = await this.db(sandbox);
    const table = db.table('datasets');
    const found = ((await table.get(ref)) ??
      (await table.where('nameKey').equals(ref.trim().toLowerCase()).first())) as StoredDataset | undefined;
    if (!found)
      throw new EngineError(
        'not-found',
        `No dataset "${ref}" in this sandbox. Run "dataset list" to see the datasets (name one by id or name).`,
      );
    return found;
  }

  async show(sandbox: string, ref: string): Promise<DatasetView> {
    return this.view(await this.db(sandbox), await this.find(sandbox, ref));
  }

  /** Creates a dataset on a tenant schema (SPEC §2.1). */
  create(
    sandbox: string,
    input: { name: string; description?: string; schemaRef: SchemaRef | string; tags?: unknown },
  ): Promise<DatasetView> {
    return this.registry.exclusive(async () => {
      const name = input.name?.trim();
      if (!name) throw new EngineError('invalid-argument', 'A dataset needs a name.');
      const db = await this.db(sandbox);
      if (await db.table('datasets').where('nameKey').equals(name.toLowerCase()).first()) {
        throw new EngineError('already-exists', `A dataset named "${name}" already exists in this sandbox.`);
      }
      const ref =
        typeof input.schemaRef === 'string'
          ? { id: input.schemaRef, contentType: DEFAULT_CONTENT_TYPE }
          : input.schemaRef;
      if (!ref || typeof ref.id !== 'string')
        throw new EngineError(
          'invalid-argument',
          'A dataset needs "schemaRef": {"id": "<schema $id>", "contentType": "…"}.',
        );
      const schema = await requireSchema(db, ref.id);
      const tags = checkTags(input.tags);
      const state = tagState(tags);
      checkTagTransition(undefined, state, {
        title: schema.title,
        isProfileEnabled: schema.isProfileEnabled,
        behavior: schema.behavior,
      });
      const now = this.registry.ctx.now();
      const row: StoredDataset = {
        id: this.registry.ctx.newId().replace(/-/g, '').slice(0, 24),
        name,
        nameKey: name.toLowerCase(),
        ...(input.description ? { description: input.description } : {}),
        schemaId: schema.id,
        contentType: ref.contentType || DEFAULT_CONTENT_TYPE,
        tags,
        created: now,
        updated: now,
        minor: 0,
        profileIntervals: state.isProfileEnabled ? [{ from: now }] : [],
        hasData: false,
        rowCount: 0,
        rowsNotInProfile: 0,
      };
      await db.table('datasets').add(row);
      this.registry.ctx.events.emit('dataset-changed', { sandbox, datasetId: row.id, reason: 'created' });
      return this.view(db, row);
    });
  }

  /** Replaces the named tags (the effect of the Catalog PATCH ops), applying the platform's rules. */
  setTags(sandbox: string, ref: string, changes: DatasetTags): Promise<DatasetView> {
    return this.registry.exclusive(async () => {
      const db = await this.db(sandbox);
      const dataset = await this.find(sandbox, ref);
      const schema = await requireSchema(db, dataset.schemaId);
      const tags = { ...dataset.tags, ...checkTags(changes) };
      for (const [key, value] of Object.entries(tags)) if (value === undefined) delete tags[key];
      const before = tagState(dataset.tags);
      const after = tagState(tags);
      checkTagTransition(before, after, {
        title: schema.title,
        isProfileEnabled: schema.isProfileEnabled,
        behavior: schema.behavior,
      });
      const now = this.registry.ctx.now();
      const intervals = dataset.profileIntervals.map((i) => ({ ...i }));
      const open = intervals.find((i) => i.to === undefined);
      if (after.isProfileEnabled && !open) intervals.push({ from: now });
      if (!after.isProfileEnabled && open) open.to = now;
      const next: StoredDataset = {
        ...dataset,
        tags,
        updated: now,
        minor: dataset.minor + 1,
        profileIntervals: intervals,
      };
      await db.table('datasets').put(next);
      this.registry.ctx.events.emit('dataset-changed', { sandbox, datasetId: next.id, reason: 'tags' });
      return this.view(db, next);
    });
  }

  /**
   * Deletes a dataset with its batches, their rows and diagnostics (Catalog `DELETE /dataSets/{id}`);
   * its data leaves Profile with its batches. Refused while one of its batches is loading.
   */
  remove(sandbox: string, ref: string): Promise<{ deleted: string; batches: number }> {
    return this.registry.exclusive(async () => {
      const db = await this.db(sandbox);
      const dataset = await this.find(sandbox, ref);
      const batches = (await db.table('batches').where('datasetId').equals(dataset.id).toArray()) as {
        id: string;
        status: string;
      }[];
      const active = batches.find((b) => b.status === 'loading' || b.status === 'staging');
      if (active)
        throw new EngineError(
          'failed-precondition',
          `Dataset "${dataset.name}" has batch ${active.id} still ${active.status}; complete or abort it before deleting the dataset.`,
        );
      const ids = batches.map((b) => b.id);
      await db.transaction(
        'rw',
        [db.table('datasets'), db.table('batches'), db.table('batchPages'), db.table('batchErrors')],
        async () => {
          if (ids.length > 0) {
            await db.table('batchPages').where('batchId').anyOf(ids).delete();
            await db.table('batchErrors').where('batchId').anyOf(ids).delete();
            await db.table('batches').bulkDelete(ids);
          }
          await db.table('datasets').delete(dataset.id);
        },
      );
      this.registry.ctx.events.emit('dataset-changed', { sandbox, datasetId: dataset.id, reason: 'deleted' });
      return { deleted: dataset.id, batches: ids.length };
    });
  }

  /** Records rows a successful batch added (and how many of them stay out of Profile). */
  async addRows(db: Dexie, datasetId: string, rows: number, notInProfile: number): Promise<void> {
    await db
      .table('datasets')
      .where('id')
      .equals(datasetId)
      .modify((d: StoredDataset) => {
        d.rowCount += rows;
        d.rowsNotInProfile += notInProfile;
        if (d.rowCount > 0) d.hasData = true;
      });
  }

  async view(db: Dexie, row: StoredDataset): Promise<DatasetView> {
    const state = tagState(row.tags);
    const schema = await requireSchema(db, row.schemaId);
    const notes: string[] = [];
    if (!state.isProfileEnabled)
      notes.push(
        'Not enabled for Profile: rows ingested now never reach Profile, even if Profile is enabled later.',
      );
    if (row.rowsNotInProfile > 0)
      notes.push(
        `${row.rowsNotInProfile} row(s) are in the dataset but not in Profile (ingested while Profile was off, or skipped by identity rules).`,
      );
    return {
      id: row.id,
      name: row.name,
      ...(row.description ? { description: row.description } : {}),
      imsOrg: ORG,
      tags: row.tags,
      version: `1.0.${row.minor}`,
      created: row.created,
      updated: row.updated,
      createdClient: USER,
      createdUser: USER,
      updatedUser: USER,
      files: `@/dataSetFiles?dataSetId=${row.id}`,
      schemaRef: { id: row.schemaId, contentType: row.contentType },
      isProfileEnabled: state.isProfileEnabled,
      isIdentityEnabled: state.isIdentityEnabled,
      isUpsert: state.isUpsert,
      schemaTitle: schema.title,
      behavior: schema.behavior,
      rowCount: row.rowCount,
      rowsNotInProfile: row.rowsNotInProfile,
      notes,
    };
  }
}

export { ORG, USER };
