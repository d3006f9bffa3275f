// Streaming ingestion (SPEC §4): inlets, message envelopes, synchronous or asynchronous validation.
// Valid messages are written as a successful batch of their dataset before the call returns, so the
// profile store sees them on the next read; with asynchronous validation invalid messages land in a
// failed batch with diagnostics, retrievable like any batch's.
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
import { uuidFrom } from '../ingest/batches';
import type { StoredDiagnostic, StoredRow } from '../ingest/pages';
import { writeStreamed } from '../ingest/streamed';
import type { RegistryCore } from '../registry/service';
import { requireSchema } from '../registry/store';
import { validatorFor } from '../registry/validation';
import { classify } from '../ingest/classify';

export const ORG_ID = 'PROFILESTAGER@AdobeOrg';
export const MAX_MESSAGES = 10_000;
/** Messages kept per inlet in the in-memory recent-messages log. */
export const INLET_LOG_SIZE = 200;

type StoredInlet = Omit<InletView, 'sandbox' | 'inletPath'>;

type Envelope = {
  header?: Record<string, unknown>;
  body?: { xdmMeta?: { schemaRef?: { id?: unknown } }; xdmEntity?: unknown };
};

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export class StreamingService {
  private readonly inletSandbox = new Map<string, string>();
  /** Recent messages per inlet, oldest first, at most INLET_LOG_SIZE (memory only; gone on restart). */
  private readonly recent = new Map<string, StreamedMessage[]>();

  constructor(
    private readonly registry: RegistryCore,
    private readonly catalog: CatalogService,
  ) {}

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
    await db.table('inlets').add(inlet);
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
    const log = (
      index: number,
      verdict: MessageVerdict,
      datasetId: unknown,
      failure?: { causes: number; message: string },
    ) => {
      const reason =
        failure ??
        (verdict.ok
          ? undefined
          : { causes: verdict.report?._streamingValidation.length ?? 1, message: verdict.message });
      logged.push({
        index,
        status: reason ? 'fail' : 'pass',
        causes: reason?.causes ?? 0,
        statusCode: verdict.ok ? 200 : verdict.statusCode,
        ...(reason ? { message: reason.message } : {}),
        ...(verdict.ok ? { xactionId: verdict.xactionId } : {}),
        ...(typeof datasetId === 'string' ? { datasetId } : {}),
        receivedTimeMs,
        batchId,
        syncValidation: options.syncValidation,
      });
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
          const validator = await validatorFor(this.registry, db, await requireSchema(db, dataset.schemaId));
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
    for (const group of perDataset.values()) {
      await writeStreamed(
        this.registry,
        this.catalog,
        db,
        group.dataset,
        group.accepted,
        group.failed,
        uuidFrom,
      );
    }
    this.remember(inletId, logged);
    this.registry.ctx.events.emit('streaming-received', {
      sandbox: inlet.sandbox,
      inletId,
      batchId,
      receivedTimeMs,
      messages: logged,
    });
    return { inletId, receivedTimeMs, batchId, verdicts };
  }

  /** The inlet's most recent messages, newest first (at most `limit`, ≤ INLET_LOG_SIZE). */
  async inletLog(sandbox: string, inletId: string, limit = 50): Promise<StreamedMessage[]> {
    if (!Number.isInteger(limit) || limit < 1 || limit > INLET_LOG_SIZE)
      throw new EngineError(
        'invalid-argument',
        `"limit" must be a whole number from 1 to ${INLET_LOG_SIZE}; got ${JSON.stringify(limit)}.`,
      );
    const inlet = await this.findInlet(inletId);
    if (inlet.sandbox !== sandbox)
      throw new EngineError('not-found', `No streaming inlet "${inletId}" in sandbox "${sandbox}".`);
    const kept = this.recent.get(inletId) ?? [];
    return kept.slice(-limit).reverse();
  }

  private remember(inletId: string, messages: StreamedMessage[]): void {
    const kept = [...(this.recent.get(inletId) ?? []), ...messages.slice(-INLET_LOG_SIZE)];
    this.recent.set(inletId, kept.length > INLET_LOG_SIZE ? kept.slice(-INLET_LOG_SIZE) : kept);
  }

  private view(inlet: StoredInlet, sandbox: string): InletView {
    return { ...inlet, inletPath: `/collection/${inlet.inletId}`, sandbox };
  }
}
