// Data Access endpoints (SPEC §3.9): a batch's error diagnostics (`meta?path=row_errors…`), its input
// file listing, and its failed rows (`failed`), written as the platform's JSON Lines files.
import { Readable } from 'node:stream';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { EngineClient, MethodResponse } from '../../../shared/contract';
import { baseUrl, type ApiContext } from './context';
import { HttpProblem } from './errors';
import { parseJsonBody } from './security';

type Diagnostic = MethodResponse<'ingest-batch-errors'>[number];
type Kind = 'parsing' | 'conversion';

/** Lines per diagnostics file (`parsing_errors_0.json`, `_1`, …). */
export const LINES_PER_FILE = 10_000;
const PAGE = 10_000;
const LIST_LIMIT = 100;

async function* diagnostics(
  client: EngineClient,
  sandbox: string,
  batchId: string,
  code?: string,
): AsyncGenerator<Diagnostic> {
  for (let offset = 0; ; offset += PAGE) {
    const page = await client.call('ingest-batch-errors', {
      sandbox,
      batchId,
      offset,
      limit: PAGE,
      ...(code ? { code } : {}),
    });
    yield* page;
    if (page.length < PAGE) return;
  }
}

const kindOf = (d: Diagnostic): Kind => (d.kind === 'parsing' ? 'parsing' : 'conversion');

/** `INGEST-1401-400` → `1401`, as the diagnostics files write codes; local codes stay whole. */
function shortCode(code: string): string {
  return /^INGEST-(\d+)-\d+$/.exec(code)?.[1] ?? code;
}

/** One line of `parsing_errors_N.json` / `conversion_errors_N.json`. */
export function rowErrorLine(d: Diagnostic, fileName: string): Record<string, unknown> {
  return {
    _corrupt_record: d.raw ?? '',
    _errors: [{ code: shortCode(d.code), message: d.message }],
    ...(kindOf(d) === 'conversion'
      ? { _validationErrors: d.errors ?? [{ message: d.message, pointerToViolation: d.path ?? '#' }] }
      : {}),
    _filename: fileName,
  };
}

/** One line of the failed-rows file: the row itself when it parses, else its text as `_corrupt_record`. */
export function failedRowLine(d: Diagnostic): Record<string, unknown> {
  let record: unknown;
  try {
    record = d.raw !== undefined && d.kind !== 'parsing' ? parseJsonBody(d.raw) : undefined;
  } catch {
    record = undefined;
  }
  const base =
    typeof record === 'object' && record !== null && !Array.isArray(record)
      ? (record as Record<string, unknown>)
      : { _corrupt_record: d.raw ?? '' };
  return kindOf(d) === 'parsing'
    ? { ...base, _errors: [{ code: shortCode(d.code), message: d.message }] }
    : { ...base, _validationErrors: d.errors ?? [{ message: d.message, pointerToViolation: d.path ?? '#' }] };
}

const jsonLine = (value: unknown) => `${JSON.stringify(value)}\n`;
const byteLength = (text: string) => Buffer.byteLength(text, 'utf8');

interface Listed {
  name: string;
  length: number;
  href: string;
}

function listing(files: Listed[]): Record<string, unknown> {
  return {
    _page: { limit: LIST_LIMIT, count: files.length },
    data: files.map((f) => ({ _links: { self: { href: f.href } }, length: String(f.length), name: f.name })),
  };
}

function sendLines(reply: FastifyReply, lines: string[]): FastifyReply {
  return reply.type('application/json').send(lines.join(''));
}

export function registerExportRoutes(app: FastifyInstance, { client }: ApiContext): void {
  const target = async (request: FastifyRequest) => {
    const { id } = request.params as { id: string };
    const sandbox = request.sandbox.name;
    const batch = await client.call('ingest-batch-show', { sandbox, batchId: id });
    const { path, code } = request.query as Record<string, unknown>;
    // `?code=` keeps only the diagnostics with that error code (a Profile Stager extension).
    const only = typeof code === 'string' && code !== '' ? code : undefined;
    return {
      sandbox,
      batch,
      path: typeof path === 'string' ? path : undefined,
      code: only,
      codeQuery: only ? `&code=${encodeURIComponent(only)}` : '',
      base: `${baseUrl(request.headers.host)}/data/foundation/export/batches/${encodeURIComponent(id)}`,
    };
  };

  /** Every diagnostics file of a batch with its size, or one file's lines. */
  const rowErrorFiles = async (
    sandbox: string,
    batchId: string,
    code: string | undefined,
    only?: { kind: Kind; index: number },
  ) => {
    const files = new Map<string, { kind: Kind; index: number; bytes: number; lines: string[] }>();
    const seen: Record<Kind, number> = { parsing: 0, conversion: 0 };
    for await (const d of diagnostics(client, sandbox, batchId, code)) {
      const kind = kindOf(d);
      const index = Math.floor(seen[kind]++ / LINES_PER_FILE);
      if (only && (only.kind !== kind || only.index !== index)) continue;
      const name = `${kind}_errors_${index}.json`;
      const line = jsonLine(rowErrorLine(d, name));
      const file = files.get(name) ?? { kind, index, bytes: 0, lines: [] };
      file.bytes += byteLength(line);
      if (only) file.lines.push(line);
      files.set(name, file);
    }
    return files;
  };

  app.get('/batches/:id/meta', async (request, reply) => {
    const { sandbox, batch, path, base, code, codeQuery } = await target(request);
    if (path === undefined)
      throw new HttpProblem(
        400,
        'Name what to read with ?path=: row_errors, row_errors/{file}, input_files or input_files/{file}.',
      );
    if (path === 'row_errors') {
      const files = [...(await rowErrorFiles(sandbox, batch.id, code)).entries()].sort(([a], [b]) =>
        a.localeCompare(b),
      );
      return listing(
        files.map(([name, f]) => ({
          name,
          length: f.bytes,
          href: `${base}/meta?path=${encodeURIComponent(`row_errors/${name}`)}${codeQuery}`,
        })),
      );
    }
    const rowFile = /^row_errors\/(parsing|conversion)_errors_(\d+)\.json$/.exec(path);
    if (rowFile) {
      const name = path.slice('row_errors/'.length);
      const file = (
        await rowErrorFiles(sandbox, batch.id, code, { kind: rowFile[1] as Kind, index: Number(rowFile[2]) })
      ).get(name);
      if (!file) throw new HttpProblem(404, `Batch ${batch.id} has no diagnostics file ${path}.`);
      return sendLines(reply, file.lines);
    }
    const inputLines = batch.files.length > 0 ? batch.files.map((f) => jsonLine({ path: f.name })) : [];
    if (path === 'input_files') {
      const length = inputLines.reduce((sum, line) => sum + byteLength(line), 0);
      return listing(
        inputLines.length
          ? [
              {
                name: 'fileMetaData1.json',
                length,
                href: `${base}/meta?path=${encodeURIComponent('input_files/fileMetaData1.json')}`,
              },
            ]
          : [],
      );
    }
    if (path === 'input_files/fileMetaData1.json' && inputLines.length > 0)
      return sendLines(reply, inputLines);
    throw new HttpProblem(404, `Batch ${batch.id} has nothing at path "${path}".`);
  });

  app.get('/batches/:id/failed', async (request, reply) => {
    const { sandbox, batch, path, base, code, codeQuery } = await target(request);
    const partName = `part-00000-${batch.id}-c000.json`;
    if (path === undefined) {
      let bytes = 0;
      let count = 0;
      for await (const d of diagnostics(client, sandbox, batch.id, code)) {
        bytes += byteLength(jsonLine(failedRowLine(d)));
        count++;
      }
      const files: Listed[] =
        count === 0
          ? []
          : [
              { name: '_SUCCESS', length: 0, href: `${base}/failed?path=_SUCCESS${codeQuery}` },
              {
                name: partName,
                length: bytes,
                href: `${base}/failed?path=${encodeURIComponent(partName)}${codeQuery}`,
              },
            ];
      return listing(files);
    }
    if (path === '_SUCCESS') return reply.type('application/octet-stream').send('');
    if (path !== partName)
      throw new HttpProblem(
        404,
        `Batch ${batch.id} has no failed-rows file "${path}"; list them with GET …/failed.`,
      );
    const first = await client.call('ingest-batch-errors', {
      sandbox,
      batchId: batch.id,
      offset: 0,
      limit: 1,
      ...(code ? { code } : {}),
    });
    if (first.length === 0) throw new HttpProblem(404, `Batch ${batch.id} has no failed rows.`);
    // Streamed: a batch can fail millions of rows.
    async function* lines() {
      for await (const d of diagnostics(client, sandbox, batch.id, code)) yield jsonLine(failedRowLine(d));
    }
    return reply.type('application/json').send(Readable.from(lines()));
  });
}
