// Streaming (SPEC §4): Flow-Service-shaped connection creation, and the collection endpoints for one
// message (200, or 400 with the validator report under syncValidation) and many (207 in order).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { InletView, StreamResult } from '../../../shared/contract';
import { baseUrl, type ApiContext } from './context';
import { mayHidePrototypeKey } from '../../../shared/util/prototype-keys';
import { HttpProblem } from './errors';
import { checkJsonDepth, DEFAULT_MAX_JSON_DEPTH, parseJsonBody } from './security';

/** A JSON body screened here (size, depth, prototype keys) and parsed by the engine. */
class RawJson {
  constructor(readonly text: string) {}
}

/**
 * Streaming bodies get the same checks as every JSON body, but an ordinary one is not parsed here:
 * its text goes to the engine as one string, which is far cheaper than a structured clone of
 * thousands of message objects. Text that could hide a prototype key (`__proto__`, `constructor`,
 * `\u` escapes) takes the thorough path, which names the problem.
 */
function screen(text: string): unknown {
  if (text.trim() === '') return undefined;
  if (mayHidePrototypeKey(text)) return parseJsonBody(text);
  checkJsonDepth(text, DEFAULT_MAX_JSON_DEPTH);
  return new RawJson(text);
}

/** The body as a value (for the small requests that need it here). */
function valueOf(body: unknown): unknown {
  if (!(body instanceof RawJson)) return body;
  try {
    return JSON.parse(body.text) as unknown;
  } catch (error) {
    throw new HttpProblem(400, `The request body is not valid JSON: ${(error as Error).message}`);
  }
}

const HTTP_API_SPEC = 'bc7b00d6-623a-4dfc-9fdb-f1240aeadaeb';
/** Synchronous validation requests allowed per inlet per minute (the platform's limit). */
export const SYNC_VALIDATION_PER_MINUTE = 60;
/** Sets another limit (a whole number ≥ 1), e.g. for load tests with synchronous validation. */
export const SYNC_VALIDATION_ENV = 'PROFILE_STAGER_SYNC_VALIDATION_PER_MINUTE';

/** The sync-validation limit: $PROFILE_STAGER_SYNC_VALIDATION_PER_MINUTE when it is a whole number ≥ 1, else 60. */
export function syncValidationLimit(value: string | undefined = process.env[SYNC_VALIDATION_ENV]): number {
  const limit = Number(value);
  return value !== undefined && /^\d+$/.test(value.trim()) && limit >= 1 ? limit : SYNC_VALIDATION_PER_MINUTE;
}

function connectionView(inlet: InletView, host: string | undefined) {
  return {
    id: inlet.id,
    name: inlet.name,
    connectionSpec: { id: HTTP_API_SPEC, version: '1.0' },
    state: inlet.state,
    auth: {
      specName: 'Streaming Connection',
      params: {
        inletUrl: `${baseUrl(host)}${inlet.inletPath}`,
        inletId: inlet.inletId,
        authenticationRequired: inlet.authenticationRequired,
        dataType: inlet.dataType,
        sourceId: inlet.sourceId,
        name: inlet.name,
      },
    },
    createdAt: inlet.created,
  };
}

export function registerStreamingRoutes(app: FastifyInstance, { client, now, hasToken }: ApiContext): void {
  const syncCalls = new Map<string, number[]>();
  const perMinute = syncValidationLimit();
  // This scope (server.ts registers the streaming routes in their own) parses JSON its own way.
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser(
    'application/json',
    { parseAs: 'string' },
    async (_request: FastifyRequest, text: string) => screen(text),
  );

  app.post(
    '/data/foundation/flowservice/connections',
    { config: { body: 'json' } },
    async (request, reply) => {
      const body = (valueOf(request.body) ?? {}) as {
        name?: unknown;
        connectionSpec?: { id?: unknown };
        auth?: { params?: { authenticationRequired?: unknown; sourceId?: unknown; dataType?: unknown } };
      };
      if (typeof body.name !== 'string' || !body.name.trim())
        throw new HttpProblem(400, 'A connection needs a "name".');
      if (body.connectionSpec?.id !== HTTP_API_SPEC)
        throw new HttpProblem(400, `Only the HTTP API streaming connection spec ${HTTP_API_SPEC} is served.`);
      if (body.auth?.params?.dataType !== undefined && body.auth.params.dataType !== 'xdm')
        throw new HttpProblem(400, 'Only dataType "xdm" is supported.');
      const inlet = await client.call('streaming-inlet-create', {
        sandbox: request.sandbox.name,
        name: body.name,
        ...(typeof body.auth?.params?.sourceId === 'string' ? { sourceId: body.auth.params.sourceId } : {}),
        authenticationRequired: body.auth?.params?.authenticationRequired === true,
      });
      return reply.code(201).send({ id: inlet.id, etag: `"${inlet.inletId.slice(0, 16)}"` });
    },
  );

  app.get('/data/foundation/flowservice/connections/:id', async (request) => {
    const id = (request.params as { id: string }).id;
    const inlet = (await client.call('streaming-inlet-list', { sandbox: request.sandbox.name })).find(
      (i) => i.id === id,
    );
    if (!inlet) throw new HttpProblem(404, `No connection ${id}.`);
    return { items: [connectionView(inlet, request.headers.host)] };
  });

  /** Checks the inlet and its auth; refuses a sync-validation request over the rate limit. */
  const admit = async (request: FastifyRequest, isSync: boolean): Promise<string> => {
    const inletId = (request.params as { inletId: string }).inletId;
    const inlet = await client.call('streaming-inlet-show', { inletId });
    if (inlet.authenticationRequired && !hasToken(request.headers.authorization)) {
      throw new HttpProblem(401, 'Ims service token is empty', {
        body: {
          type: 'https://ns.adobe.com/adobecloud/problem/data-collection-service-authorization',
          status: '401',
          title: 'Authorization',
          report: { message: `[${inletId}] Ims service token is empty` },
        },
      });
    }
    if (isSync) {
      const minuteAgo = now() - 60_000;
      const recent = (syncCalls.get(inletId) ?? []).filter((t) => t > minuteAgo);
      if (recent.length >= perMinute)
        throw new HttpProblem(
          429,
          `Synchronous validation is limited to ${perMinute} requests per minute per inlet; send without syncValidation or wait.`,
        );
      recent.push(now());
      syncCalls.set(inletId, recent);
    }
    return inletId;
  };

  app.post(
    '/collection/:inletId',
    { config: { body: 'json', isPublic: true } },
    async (request, reply: FastifyReply) => {
      const query = request.query as { syncValidation?: string; synchronousValidation?: string };
      const isSync = query.syncValidation === 'true' || query.synchronousValidation === 'true';
      const inletId = await admit(request, isSync);
      const body = request.body;
      const result: StreamResult = await client.call('streaming-ingest', {
        inletId,
        ...(body instanceof RawJson ? { body: body.text, kind: 'message' as const } : { messages: [body] }),
        syncValidation: isSync,
      });
      const verdict = result.verdicts[0];
      if (!verdict || !verdict.ok) {
        return reply.code(verdict?.statusCode ?? 400).send({
          type: 'http://ns.adobe.com/adobecloud/problem/data-collection-service/inlet',
          status: verdict?.statusCode ?? 400,
          title: 'Invalid XDM Message Format',
          report: {
            message: verdict?.message ?? 'Message is invalid',
            ...(verdict?.report ? { cause: verdict.report } : {}),
          },
        });
      }
      return {
        inletId,
        xactionId: verdict.xactionId,
        receivedTimeMs: result.receivedTimeMs,
        syncValidation: isSync ? { status: 'pass' } : { skipped: true },
      };
    },
  );

  app.post(
    '/collection/batch/:inletId',
    { config: { body: 'json', isPublic: true } },
    async (request, reply) => {
      const inletId = await admit(request, false);
      const body = request.body;
      let result: StreamResult;
      if (body instanceof RawJson)
        result = await client.call('streaming-ingest', { inletId, body: body.text, kind: 'batch' });
      else {
        const messages = (body as { messages?: unknown } | null)?.messages;
        if (!Array.isArray(messages))
          throw new HttpProblem(400, 'The body must be {"messages": [ {header, body}, … ]}.');
        result = await client.call('streaming-ingest', { inletId, messages });
      }
      return reply.code(207).send({
        inletId,
        batchId: result.batchId,
        receivedTimeMs: result.receivedTimeMs,
        responses: result.verdicts.map((v) =>
          v.ok ? { xactionId: v.xactionId } : { statusCode: v.statusCode, message: v.message },
        ),
      });
    },
  );
}
