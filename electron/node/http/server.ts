// The local, AEP-shaped HTTP API: fastify on 127.0.0.1 with loopback Host checks, a bearer token,
// the sandbox header, bounded bodies, platform error shapes, and one route module per platform API.
import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { EngineClient } from '../../../shared/contract';
import type { Logger } from '../../../shared/util/logger';
import { registerCatalogRoutes } from './catalog-routes';
import { ChunkStore, DEFAULT_CHUNK_LIMITS, type ChunkLimits } from './chunk-store';
import type { ApiContext, BodyKind } from './context';
import { HttpProblem, sendProblem, styleOf, toProblem, unauthorized, unsupportedMediaType } from './errors';
import { registerExportRoutes } from './export-routes';
import { registerImportRoutes } from './import-routes';
import { registerProfileRoutes } from './profile-routes';
import { registerStreamingRoutes } from './streaming-routes';
import { registerRegistryLookupRoutes } from './registry-lookup-routes';
import { REGISTRY_PREFIX, registerRegistryRoutes } from './registry-routes';
import { DEFAULT_SANDBOX, sandboxDirectory } from './sandboxes';
import {
  bearerToken,
  DEFAULT_MAX_JSON_DEPTH,
  isLoopbackAddress,
  isLoopbackHost,
  parseJsonBody,
  tokensMatch,
} from './security';

export const DEFAULT_PORT = 8181;
export const LOOPBACK_ADDRESS = '127.0.0.1';

export interface ApiLimits {
  /** JSON bodies (registry, catalog, batch creation); larger → 413. */
  jsonBytes: number;
  /** `application/octet-stream` uploads (a whole small file, or one chunk). */
  fileBytes: number;
  /** Nesting of JSON bodies; deeper → 400 before parsing. */
  jsonDepth: number;
  chunks: ChunkLimits;
}

export const DEFAULT_LIMITS: ApiLimits = {
  jsonBytes: 1024 * 1024,
  fileBytes: 512 * 1024 * 1024,
  jsonDepth: DEFAULT_MAX_JSON_DEPTH,
  chunks: DEFAULT_CHUNK_LIMITS,
};

export interface ApiServerOptions {
  client: EngineClient;
  /** The bearer token every request must carry (except public routes). */
  token: string;
  /** Port for `start()`: default 8181; 0 picks a free one. */
  port?: number;
  log: Logger;
  /** Request ids (`x-request-id`); random UUIDs by default. */
  newId?: () => string;
  now?: () => number;
  limits?: Partial<ApiLimits>;
}

export type ApiServer = FastifyInstance & {
  /** Listens on 127.0.0.1 only; resolves to the base URL, e.g. `http://127.0.0.1:8181`. */
  start(): Promise<string>;
};

/** Base paths of the platform APIs served here; streaming (`/collection`) and Profile (`/data/core/ups`) slot in beside them. */
export const API_PREFIXES = {
  registry: REGISTRY_PREFIX,
  catalog: '/data/foundation/catalog',
  import: '/data/foundation/import',
  export: '/data/foundation/export',
  profile: '/data/core/ups',
} as const;

const MEDIA_TYPES: Record<BodyKind, readonly string[]> = {
  json: ['application/json'],
  'json-patch': ['application/json-patch+json', 'application/json'],
  'octet-stream': ['application/octet-stream'],
};

function mediaTypeOf(header: string | undefined): string | undefined {
  return header?.split(';')[0]?.trim().toLowerCase() || undefined;
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** Builds the server (not yet listening); `inject()` works at once, `start()` binds 127.0.0.1. */
export function createApiServer(options: ApiServerOptions): ApiServer {
  if (!options.token) throw new Error('The HTTP API needs a non-empty bearer token.');
  const limits: ApiLimits = {
    ...DEFAULT_LIMITS,
    ...options.limits,
    chunks: { ...DEFAULT_CHUNK_LIMITS, ...options.limits?.chunks },
  };
  const now = options.now ?? (() => Date.now());
  const newId = options.newId ?? (() => randomUUID());
  const { log, client } = options;
  const sandboxes = sandboxDirectory(client);
  const context: ApiContext = {
    client,
    chunks: new ChunkStore(limits.chunks),
    now,
    hasToken: (authorization) => {
      const presented = bearerToken(authorization);
      return presented !== undefined && tokensMatch(presented, options.token);
    },
  };

  const app = Fastify({
    logger: false,
    genReqId: () => newId(),
    requestIdHeader: false,
    bodyLimit: limits.jsonBytes,
    return503OnClosing: true,
    forceCloseConnections: 'idle',
    routerOptions: { maxParamLength: 2048, ignoreTrailingSlash: true },
  });

  app.decorateRequest('sandbox', null as unknown as FastifyRequest['sandbox']);

  app.removeAllContentTypeParsers();
  for (const type of ['application/json', 'application/json-patch+json']) {
    app.addContentTypeParser(
      type,
      { parseAs: 'string', bodyLimit: limits.jsonBytes },
      async (_request: FastifyRequest, body: string) => parseJsonBody(body, limits.jsonDepth),
    );
  }
  app.addContentTypeParser(
    'application/octet-stream',
    { parseAs: 'buffer', bodyLimit: limits.fileBytes },
    async (_request: FastifyRequest, body: Buffer) => body,
  );

  app.addHook('onRequest', async (request) => {
    if (!isLoopbackAddress(request.socket.remoteAddress))
      throw new HttpProblem(403, 'This server only answers requests from this machine.');
    const host = headerValue(request.headers.host);
    if (!isLoopbackHost(host)) {
      throw new HttpProblem(
        403,
        `Host "${host ?? ''}" is not a loopback name; this server only answers requests addressed to 127.0.0.1, localhost or [::1] (DNS-rebinding protection).`,
      );
    }
    if (request.routeOptions.config.isPublic !== true) {
      const presented = bearerToken(headerValue(request.headers.authorization));
      if (presented === undefined || !tokensMatch(presented, options.token))
        throw unauthorized(presented === undefined);
    }
    if (request.is404) return;
    const name = headerValue(request.headers['x-sandbox-name'])?.trim() || DEFAULT_SANDBOX;
    request.sandbox = await sandboxes.require(name);
  });

  app.addHook('preParsing', async (request) => {
    const kind = request.routeOptions.config.body;
    if (!kind) return;
    const media = mediaTypeOf(headerValue(request.headers['content-type']));
    if (!media || !MEDIA_TYPES[kind].includes(media)) throw unsupportedMediaType();
  });

  // Graceful close: requests in flight finish, and their keep-alive connections end with them.
  let isClosing = false;
  app.addHook('preClose', async () => {
    isClosing = true;
  });

  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
    if (isClosing) reply.header('connection', 'close');
  });

  app.addHook('onResponse', async (request, reply) => {
    log.debug('http request', {
      id: request.id,
      method: request.method,
      url: request.url,
      status: reply.statusCode,
      ms: Math.round(reply.elapsedTime),
    });
  });

  app.setErrorHandler((error, request: FastifyRequest, reply: FastifyReply) => {
    const problem = toProblem(error, styleOf(request.url));
    if (problem.status >= 500)
      log.error('http request failed', {
        id: request.id,
        method: request.method,
        url: request.url,
        error: String((error as Error)?.stack ?? error),
      });
    return sendProblem(request, reply, problem, now());
  });

  app.setNotFoundHandler((request, reply) =>
    sendProblem(
      request,
      reply,
      new HttpProblem(
        404,
        `No route ${request.method} ${request.url.split('?')[0] ?? ''} on this server; docs/api.md lists the endpoints it implements.`,
      ),
      now(),
    ),
  );

  app.register(async (scope) => registerRegistryRoutes(scope, context), { prefix: API_PREFIXES.registry });
  app.register(async (scope) => registerRegistryLookupRoutes(scope, context), {
    prefix: API_PREFIXES.registry,
  });
  app.register(async (scope) => registerCatalogRoutes(scope, context), { prefix: API_PREFIXES.catalog });
  app.register(async (scope) => registerImportRoutes(scope, context), { prefix: API_PREFIXES.import });
  app.register(async (scope) => registerExportRoutes(scope, context), { prefix: API_PREFIXES.export });
  app.register(async (scope) => registerProfileRoutes(scope, context), { prefix: API_PREFIXES.profile });
  app.register(async (scope) => registerStreamingRoutes(scope, context));

  app.addHook('onClose', async () => sandboxes.dispose());

  const port = options.port ?? DEFAULT_PORT;
  return Object.assign(app, {
    async start() {
      await app.listen({ host: LOOPBACK_ADDRESS, port });
      const address = app.server.address();
      const bound = typeof address === 'object' && address !== null ? address.port : port;
      return `http://${LOOPBACK_ADDRESS}:${bound}`;
    },
  });
}
