// Streaming ingestion (SPEC §4): inlets, message envelopes, synchronous or asynchronous validation.
// Valid messages are written as a successful batch of their dataset before the call returns, so the
// profile store sees them on the next read; with asynchronous validation invalid messages land in a
// failed batch with diagnostics, retrievable like any batch's.
import type Dexie from 'dexie';
import { EngineError } from '../../contract/errors';
import type {
  InletView,
  MessageVerdict,
  StreamedMessage,
  StreamResult,
} from '../../contract/streaming-types';
import type { XdmValidator } from '../../xdm/validate';
import { toStreamingReport } from '../../xdm/validate-errors';
import type { CatalogService, StoredDataset } from '../catalog/service';
import { uuidFrom } from '../ids';
import type { StoredDiagnostic, StoredRow } from '../ingest/pages';
import { writeStreamed } from '../ingest/streamed';
import type { ProfileStates } from '../profile/store';
import {
  checkLogLimit,
  InletLog,
  journaledLog,
  loggedMessage,
  notPassedOf,
  type LoggedFailure,
} from './inlet-log';
import type { JournalEntry, JournalGroup, StreamingJournal } from './journal';
import { ProfileWarmer } from './profile-warmer';
import { replayJournal, type ReplayResult } from './replay';
import { GroupCommit, type Pending } from './group-commit';
import type { RegistryCore } from '../registry/service';
import type { StoredSchema } from '../registry/model';
import { requireSchema } from '../registry/store';
import { validatorFor } from '../registry/validation';
import { classify } from '../ingest/classify';
import { isObject } from './body';

export const ORG_ID = 'PROFILESTAGER@AdobeOrg';
export const MAX_MESSAGES = 10_000;
/** Messages a `streaming-received` event carries at most (the last ones of the request). */
export const EVENT_MESSAGES = 50;

type StoredInlet = Omit<InletView, 'sandbox' | 'inletPath'>;

type Envelope = {
  header?: Record<string, unknown>;
  body?: { xdmMeta?: { schemaRef?: { id?: unknown } }; xdmEntity?: unknown };
};

export class StreamingService {
  private readonly inletSandbox = new Map<string, string>();
  /** Recent messages per inlet (in memory; `persistLog` writes them where snapshots carry them). */
  private readonly recent: InletLog;

  private readonly commits: GroupCommit;
  private readonly validators = new Map<string, XdmValidator>();
  private readonly warmer: ProfileWarmer;

  constructor(
    private readonly registry: RegistryCore,
    private readonly catalog: CatalogService,
    private readonly journal?: StreamingJournal,
    profiles?: Pick<ProfileStates, 'get'>,
  ) {
    this.commits = new GroupCommit((sandbox, datasetId, items) => this.write(sandbox, datasetId, items));
    this.recent = new InletLog((sandbox) => this.registry.db(sandbox));
    this.warmer = new ProfileWarmer(registry, profiles);
  }

  async createInlet(
    sandbox: string,
    input: { name: string; sourceId?: string; authenticationRequired?: boolean },
  ): Promise<InletView> {
    const name = input.name?.trim();
    if (!name) throw new EngineError('invalid-argument', 'A streaming connection needs a name.');
    const db = await this.registry.db(sandbox);
    const inlet: StoredInlet = {
      id: this.registry.ctx.newId(),
      inletId: this.registry.ctx.newId().replace(/-/g, ''),
      name,
      sourceId: input.sourceId?.trim() || name,
      authenticationRequired: input.authenticationRequired === true,
      dataType: 'xdm',
      state: 'enabled',
      created: this.registry.ctx.now(),
    };
    if (this.journal) {
      await this.journal.append({
        requestId: `inlet:${inlet.inletId}`,
        sandbox,
        inletId: inlet.inletId,
        receivedTimeMs: inlet.created,
        batchId: '',
        messages: 0,
        groups: [],
        inlet,
      });
    }
    await db.table('inlets').add(inlet);
    this.journal?.applied(sandbox, `inlet:${inlet.inletId}`);
    this.inletSandbox.set(inlet.inletId, sandbox);
    return this.view(inlet, sandbox);
  }

  async listInlets(sandbox: string): Promise<InletView[]> {
    const rows = (await (await this.registry.db(sandbox)).table('inlets').toArray()) as StoredInlet[];
    return rows.sort((a, b) => a.created - b.created).map((i) => this.view(i, sandbox));
  }

  /** Finds an inlet by its id in any sandbox (the collection API carries no sandbox header). */
  async findInlet(inletId: string): Promise<InletView> {
    const known = this.inletSandbox.get(inletId);
    const candidates = known ? [known] : (await this.registry.sandboxes.list()).map((s) => s.name);
    for (const sandbox of candidates) {
      const db = await this.registry.db(sandbox);
      const inlet = ((await db.table('inlets').toArray()) as StoredInlet[]).find(
        (i) => i.inletId === inletId,
      );
      if (inlet) {
        this.inletSandbox.set(inletId, sandbox);
        return this.view(inlet, sandbox);
      }
    }
    throw new EngineError(
      'not-found',
      `No streaming inlet "${inletId}". Create a streaming connection first.`,
    );
  }

  /** Takes messages for an inlet; each gets its own verdict, in order. */
  async ingest(
    inletId: string,
    messages: unknown[],
    options: { syncValidation: boolean },
  ): Promise<StreamResult> {
    if (!Array.isArray(messages) || messages.length === 0)
      throw new EngineError('invalid-argument', 'No messages to ingest.');
    if (messages.length > MAX_MESSAGES)
      throw new EngineError('invalid-argument', `At most ${MAX_MESSAGES} messages per request.`);
    const inlet = await this.findInlet(inletId);
    const db = await this.registry.db(inlet.sandbox);
    const receivedTimeMs = this.registry.ctx.now();
    const batchId = `${receivedTimeMs}:${this.registry.ctx.newId().slice(0, 8)}`;
    const verdicts: MessageVerdict[] = [];
    const perDataset = new Map<
      string,
      { dataset: StoredDataset; validator: XdmValidator; accepted: StoredRow[]; failed: StoredDiagnostic[] }
    >();
    const refuse = (
      statusCode: number,
      message: string,
      report?: { _streamingValidation: unknown[] },
    ): MessageVerdict => ({
      ok: false,
      statusCode,
      message: `inletId: [${inletId}] imsOrgId: [${ORG_ID}] ${message}`,
      ...(report ? { report } : {}),
    });
    const logged: StreamedMessage[] = [];
    const request = { receivedTimeMs, batchId, syncValidation: options.syncValidation };
    const log = (index: number, verdict: MessageVerdict, datasetId: unknown, failure?: LoggedFailure) => {
      logged.push(loggedMessage(request, index, verdict, datasetId, failure));
      verdicts.push(verdict);
    };
    for (const [index, raw] of messages.entries()) {
      const envelope = raw as Envelope;
      const header = isObject(envelope?.header) ? envelope.header : undefined;
      const body = isObject(envelope?.body) ? envelope.body : undefined;
      if (!header || !body || !isObject(body.xdmMeta?.schemaRef) || !isObject(body.xdmEntity)) {
        log(index, refuse(400, 'Message has unknown xdm format'), undefined);
        continue;
      }
      if (header.imsOrgId !== undefined && header.imsOrgId !== ORG_ID) {
        log(index, refuse(400, 'Message has an absent or wrong ims org in the header'), header.datasetId);
        continue;
      }
      const schemaId = (header.schemaRef as { id?: unknown } | undefined)?.id ?? body.xdmMeta?.schemaRef?.id;
      const datasetId = header.datasetId;
      let group = typeof datasetId === 'string' ? perDataset.get(datasetId) : undefined;
      if (!group && typeof datasetId === 'string') {
        const dataset = (await db.table('datasets').get(datasetId)) as StoredDataset | undefined;
        if (dataset) {
          const validator = await this.validator(db, await requireSchema(db, dataset.schemaId));
          perDataset.set(dataset.id, (group = { dataset, validator, accepted: [], failed: [] }));
        }
      }
      if (!group) {
        log(
          index,
          refuse(400, `Dataset ${JSON.stringify(datasetId)} does not exist in this sandbox.`),
          datasetId,
        );
        continue;
      }
      if (schemaId !== group.dataset.schemaId) {
        log(
          index,
          refuse(
            400,
            `The message's schemaRef ${JSON.stringify(schemaId)} does not match dataset ${group.dataset.id}'s schema ${group.dataset.schemaId}.`,
          ),
          datasetId,
        );
        continue;
      }
      const verdict = group.validator.validateStreaming(body.xdmEntity);
      const outcome = classify(verdict.errors);
      const xactionId = `${batchId}:${index}`;
      if (outcome.kind === 'failed') {
        const report = toStreamingReport(verdict.errors, verdict.errorCount);
        if (options.syncValidation) {
          log(index, refuse(400, 'Message is invalid', report), datasetId);
          continue;
        }
        group.failed.push({
          file: 'streaming',
          row: index + 1,
          line: null,
          kind: 'conversion',
          code: outcome.code,
          message: verdict.errors.map((e) => e.message).join('; '),
          raw: JSON.stringify(body.xdmEntity).slice(0, 1024),
          errors: verdict.errors.map(({ keyword, pointerToViolation, schemaLocation, message }) => ({
            keyword,
            pointerToViolation,
            schemaLocation,
            message,
            causingExceptions: [],
          })),
        });
        log(index, { ok: true, xactionId }, datasetId, {
          causes: report._streamingValidation.length,
          message: verdict.errors[0]?.message ?? 'Message is invalid',
        });
        continue;
      }
      group.accepted.push({
        r: index + 1,
        l: null,
        f: 0,
        v: body.xdmEntity as Record<string, unknown>,
        ...(outcome.kind === 'skipped' ? { s: outcome.reason } : {}),
      });
      log(index, { ok: true, xactionId }, datasetId);
    }
    const groups = [...perDataset.values()]
      .filter((g) => g.accepted.length > 0 || g.failed.length > 0)
      .map((g) => ({ datasetId: g.dataset.id, rows: g.accepted, failed: g.failed }));
    if (groups.length > 0) {
      const entry: JournalEntry = {
        requestId: this.registry.ctx.newId(),
        sandbox: inlet.sandbox,
        inletId,
        receivedTimeMs,
        batchId,
        messages: messages.length,
        groups,
        syncValidation: options.syncValidation,
        notPassed: notPassedOf(logged),
      };
      // Durable first (write-ahead), then committed with whatever else is waiting for the dataset.
      if (this.journal) await this.journal.append(entry);
      await this.apply(entry, groups, logged);
    } else this.recent.remember(inlet.sandbox, inletId, logged);
    this.registry.ctx.events.emit('streaming-received', {
      sandbox: inlet.sandbox,
      inletId,
      batchId,
      receivedTimeMs,
      total: logged.length,
      messages: logged.length > EVENT_MESSAGES ? logged.slice(-EVENT_MESSAGES) : logged,
    });
    if (groups.length > 0) this.warmer.warm(inlet.sandbox);
    return { inletId, receivedTimeMs, batchId, verdicts };
  }

  /**
   * Re-applies journaled requests after a restart (replay.ts): nothing accepted is lost and nothing is
   * applied twice.
   */
  replay(entries: JournalEntry[]): Promise<ReplayResult> {
    return replayJournal(
      {
        registry: this.registry,
        journal: this.journal,
        apply: (entry, groups) => this.apply(entry, groups),
        restoreLog: (entry) => this.recent.remember(entry.sandbox, entry.inletId, journaledLog(entry)),
        replayed: (entry) =>
          this.registry.ctx.events.emit('streaming-received', {
            sandbox: entry.sandbox,
            inletId: entry.inletId,
            batchId: entry.batchId,
            receivedTimeMs: entry.receivedTimeMs,
            total: entry.messages,
            messages: journaledLog(entry).slice(-EVENT_MESSAGES),
          }),
      },
      entries,
    );
  }

  /**
   * Runs `fn` (a snapshot export, say) while no streamed batch is being written: writes in progress
   * finish first, and new ones wait until `fn` is done.
   */
  paused<T>(fn: () => Promise<T>): Promise<T> {
    return this.commits.paused(fn);
  }

  /**
   * Commits the entry's groups (each with whatever else waits for its dataset); then logs the request's
   * messages and tells the journal, in one step, so a snapshot that holds the request's batches also
   * holds its inlet-log entries (`persistLog` runs where the journal's checkpoint does).
   */
  private async apply(
    entry: JournalEntry,
    groups: JournalGroup[],
    logged?: StreamedMessage[],
  ): Promise<void> {
    await Promise.all(
      groups.map((group) => this.commits.add(entry.sandbox, group.datasetId, { entry, group })),
    );
    if (logged) this.recent.remember(entry.sandbox, entry.inletId, logged);
    this.journal?.applied(entry.sandbox, entry.requestId);
  }

  /**
   * Writes every inlet's recent-messages log into its sandbox's settings, so a snapshot exported next
   * carries it (the node host calls this before each save, while streamed writes are paused).
   */
  persistLog(): Promise<void> {
    return this.recent.persist();
  }

  /**
   * Writes the groups of several requests to one dataset as one successful and one failed batch.
   * Row numbers continue across the requests (each request takes as many numbers as it had messages),
   * so every row of a batch keeps a distinct number.
   */
  private async write(sandbox: string, datasetId: string, items: Pending[]): Promise<void> {
    const db = await this.registry.db(sandbox);
    const dataset = (await db.table('datasets').get(datasetId)) as StoredDataset | undefined;
    if (!dataset)
      throw new EngineError(
        'not-found',
        `Dataset ${datasetId} no longer exists; its streamed messages were not written.`,
      );
    let offset = 0;
    const rows: StoredRow[] = [];
    const failed: StoredDiagnostic[] = [];
    for (const { entry, group } of items) {
      for (const row of group.rows) rows.push(offset === 0 ? row : { ...row, r: row.r + offset });
      for (const diagnostic of group.failed)
        failed.push(offset === 0 ? diagnostic : { ...diagnostic, row: diagnostic.row + offset });
      offset += entry.messages;
    }
    await writeStreamed(this.registry, this.catalog, db, dataset, rows, failed, uuidFrom, {
      streamRequests: items.map((i) => i.entry.requestId),
    });
  }

  /**
   * The schema's streaming validator, kept per schema version: resolving a schema and its descriptors
   * for every request costs more than validating a small one. The key is the registry's own validator
   * cache key, which changes whenever the schema (or an identity on it) does.
   */
  private async validator(db: Dexie, schema: StoredSchema): Promise<XdmValidator> {
    const key = `${db.name}|${schema.id}|${schema.minor}|${schema.updatedAt}`;
    let validator = this.validators.get(key);
    if (!validator) {
      validator = await validatorFor(this.registry, db, schema);
      if (this.validators.size >= 64) this.validators.clear();
      this.validators.set(key, validator);
    }
    return validator;
  }

  /** The inlet's most recent messages, newest first (at most `limit`, ≤ INLET_LOG_SIZE). */
  async inletLog(sandbox: string, inletId: string, limit = 50): Promise<StreamedMessage[]> {
    checkLogLimit(limit);
    const inlet = await this.findInlet(inletId);
    if (inlet.sandbox !== sandbox)
      throw new EngineError('not-found', `No streaming inlet "${inletId}" in sandbox "${sandbox}".`);
    return this.recent.newest(sandbox, inletId, limit);
  }

  private view(inlet: StoredInlet, sandbox: string): InletView {
    return { ...inlet, inletPath: `/collection/${inlet.inletId}`, sandbox };
  }
}
