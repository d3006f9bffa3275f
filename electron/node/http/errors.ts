// Error bodies of the local HTTP API: one table from EngineError codes to HTTP statuses, and the
// platform's problem shapes (registry `type/title/status/detail/report`, gateway `error_code`).
import type { FastifyReply, FastifyRequest } from 'fastify';
import { EngineError, type EngineErrorCode } from '../../../shared/contract';

/** Which platform service a path belongs to; decides the error body's shape. */
export type ApiStyle = 'registry' | 'catalog' | 'import' | 'export' | 'other';

/** A problem to answer with: status, title and detail, optionally a fixed type URI or a whole body. */
export class HttpProblem extends Error {
  readonly status: number;
  readonly title: string;
  readonly type: string | undefined;
  /** When set, sent as is instead of the problem shape (gateway and 415 bodies are fixed). */
  readonly body: Record<string, unknown> | undefined;

  constructor(
    status: number,
    detail: string,
    options: { title?: string; type?: string; body?: Record<string, unknown> } = {},
  ) {
    super(detail);
    this.name = 'HttpProblem';
    this.status = status;
    this.title = options.title ?? reasonPhrase(status);
    this.type = options.type;
    this.body = options.body;
  }
}

const REASONS: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Entity',
  500: 'Internal Server Error',
  501: 'Not Implemented',
  503: 'Service Unavailable',
};

const SLUGS: Record<number, string> = {
  400: 'bad-request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not-found',
  405: 'method-not-allowed',
  406: 'not-acceptable',
  409: 'conflict',
  413: 'payload-too-large',
  415: 'unsupported-media-type',
  422: 'unprocessable-entity',
  500: 'internal-error',
  501: 'not-implemented',
  503: 'service-unavailable',
};

export function reasonPhrase(status: number): string {
  return REASONS[status] ?? (status >= 500 ? 'Server Error' : 'Client Error');
}

/**
 * The one place EngineError codes become HTTP statuses. `failed-precondition` is 400: the platform
 * answers 400 for the documented cases (enabling Profile without a primary identity, Profile tags on
 * a schema that is not enabled). `unknown-method` means this engine lacks the method: 501; a platform
 * limit (`limit-exceeded`) is 422.
 */
export function statusForCode(code: EngineErrorCode): number {
  switch (code) {
    case 'invalid-argument':
    case 'failed-precondition':
    case 'snapshot-invalid':
      return 400;
    case 'not-found':
      return 404;
    case 'already-exists':
    case 'cancelled':
      return 409;
    case 'unknown-method':
      return 501;
    case 'host-unavailable':
      return 503;
    case 'internal':
      return 500;
    case 'limit-exceeded':
      return 422;
    default:
      return assertNever(code);
  }
}

function assertNever(value: never): never {
  throw new Error(`Unhandled engine error code: ${String(value)}`);
}

/** The fixed body the platform sends for a wrong Content-Type (SPEC §0). */
export const UNSUPPORTED_MEDIA_TYPE_BODY = {
  status: 415,
  title: 'HTTP 415 Unsupported Media Type',
  type: 'http://ns.adobe.com/adobecloud/problem/unsupported-media-type',
} as const;

export function unsupportedMediaType(): HttpProblem {
  return new HttpProblem(415, 'Unsupported Media Type', { body: { ...UNSUPPORTED_MEDIA_TYPE_BODY } });
}

/** The API gateway's answers for a missing or wrong bearer token. */
export function unauthorized(isMissing: boolean): HttpProblem {
  return isMissing
    ? new HttpProblem(401, 'Oauth token is missing.', {
        body: { error_code: '403010', message: 'Oauth token is missing.' },
      })
    : new HttpProblem(401, 'Oauth token is not valid', {
        body: { error_code: '401013', message: 'Oauth token is not valid' },
      });
}

/** Schema Registry `type` URIs the platform documents (help/xdm/troubleshooting-guide.md). */
export const XDM_NOT_FOUND_TYPE = 'http://ns.adobe.com/aep/errors/XDM-1010-404';
export const XDM_ACCEPT_INVALID_TYPE = 'http://ns.adobe.com/aep/errors/XDM-1006-400';

export function acceptInvalid(detail: string): HttpProblem {
  return new HttpProblem(400, detail, { title: 'Accept header invalid', type: XDM_ACCEPT_INVALID_TYPE });
}

export function styleOf(url: string): ApiStyle {
  if (url.startsWith('/data/foundation/schemaregistry')) return 'registry';
  if (url.startsWith('/data/foundation/catalog')) return 'catalog';
  if (url.startsWith('/data/foundation/import')) return 'import';
  if (url.startsWith('/data/foundation/export')) return 'export';
  return 'other';
}

/** Anything thrown (HttpProblem, EngineError, fastify's errors, bugs) as an HttpProblem. */
export function toProblem(error: unknown, style: ApiStyle): HttpProblem {
  if (error instanceof HttpProblem) return error;
  if (error instanceof EngineError) {
    const status = statusForCode(error.code);
    if (status === 404 && style === 'registry')
      return new HttpProblem(404, error.message, { title: 'Resource not found', type: XDM_NOT_FOUND_TYPE });
    return new HttpProblem(status, error.message);
  }
  const framework = error as { statusCode?: unknown; code?: unknown; message?: unknown };
  const status = typeof framework.statusCode === 'number' ? framework.statusCode : 500;
  if (status === 415) return unsupportedMediaType();
  if (status === 413)
    return new HttpProblem(
      413,
      'The request body is larger than this endpoint accepts. See docs/api.md for the limits; send large files with the chunked upload (INITIALIZE, PATCH, COMPLETE).',
    );
  if (status >= 400 && status < 500)
    return new HttpProblem(
      status,
      typeof framework.message === 'string' ? framework.message : reasonPhrase(status),
    );
  return new HttpProblem(500, 'Internal error; see the server log for details.');
}

/** The JSON body for a problem, in the platform's shape for the API it belongs to. */
export function problemBody(
  problem: HttpProblem,
  style: ApiStyle,
  context: { requestId: string; now: number },
): Record<string, unknown> {
  if (problem.body) return problem.body;
  const body: Record<string, unknown> = {
    type: problem.type ?? `http://ns.adobe.com/adobecloud/problem/${SLUGS[problem.status] ?? 'error'}`,
    title: problem.title,
    status: problem.status,
  };
  if (style === 'registry') {
    body.report = {
      registryRequestId: context.requestId,
      timestamp: registryTimestamp(context.now),
      'detailed-message': problem.message,
      'sub-errors': [],
    };
  }
  body.detail = problem.message;
  return body;
}

/** `06-01-2021 04:11:06`: the registry's report timestamp (UTC, month first). */
function registryTimestamp(now: number): string {
  const d = new Date(now);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())}-${d.getUTCFullYear()} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`;
}

/** Sends a problem; used by the error and not-found handlers and by hooks. */
export function sendProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  problem: HttpProblem,
  now: number,
): FastifyReply {
  const style = styleOf(request.url);
  if (problem.status === 401) reply.header('www-authenticate', 'Bearer');
  return reply
    .code(problem.status)
    .type('application/json')
    .send(problemBody(problem, style, { requestId: request.id, now }));
}
