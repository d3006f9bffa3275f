// What every route module receives, and the per-route options the server's hooks read.
import type { EngineClient } from '../../../shared/contract';
import type { ChunkStore } from './chunk-store';

/** The request body a route takes; decides which Content-Type is accepted (else 415). */
export type BodyKind = 'json' | 'json-patch' | 'octet-stream';

export interface ApiContext {
  client: EngineClient;
  chunks: ChunkStore;
  now: () => number;
  /** True when the request carries this server's bearer token (for authenticated streaming inlets). */
  hasToken(authorization: string | undefined): boolean;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** The sandbox named by `x-sandbox-name` (default `prod`), checked to exist. */
    sandbox: { name: string; tenantId: string };
  }
  interface FastifyContextConfig {
    body?: BodyKind;
    /** No bearer token needed (the platform's unauthenticated streaming inlets). */
    isPublic?: boolean;
  }
}

/** The IMS org every local resource belongs to (the engine's catalog uses the same). */
export const IMS_ORG = 'PROFILESTAGER@AdobeOrg';

/** `http://127.0.0.1:8181`: the base of links in responses, from the (loopback-checked) Host header. */
export function baseUrl(host: string | undefined): string {
  return `http://${host ?? '127.0.0.1'}`;
}
