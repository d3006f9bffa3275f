// A valid example message for a dataset's schema (SPEC §4.2 envelope), and the curl command that sends it to an inlet.
import type { DatasetView, SchemaDetail, SchemaField } from '../../../shared/contract';

/** Where `profile-stager serve` listens by default (docs/cli.md). */
export const DEFAULT_API_BASE = 'http://127.0.0.1:8181';
export const ORG_ID = 'PROFILESTAGER@AdobeOrg';
const CONTENT_TYPE = 'application/vnd.adobe.xed-full+json;version=1';
/** Fixed example values, so the example is the same every time it is shown. */
const EXAMPLE_TIME = '2026-01-01T09:00:00Z';
const EXAMPLE_IDS: Record<string, string> = {
  email: 'jane.doe@example.com',
  phone: '+31612345678',
  ecid: '12345678901234567890123456789012345678',
  crmid: 'CRM-0001',
};

function sampleFor(field: SchemaField): unknown {
  if (field.enum?.length) return field.enum[0];
  switch (field.xdmType) {
    case 'date-time':
      return EXAMPLE_TIME;
    case 'date':
      return EXAMPLE_TIME.slice(0, 10);
    case 'boolean':
      return true;
    case 'number':
    case 'double':
    case 'long':
    case 'int':
    case 'integer':
    case 'short':
    case 'byte':
      return 1;
    default:
      if (field.identity)
        return (
          EXAMPLE_IDS[field.identity.namespace.toLowerCase()] ??
          `example-${field.identity.namespace.toLowerCase()}`
        );
      if (field.path.endsWith('_id')) return 'example-event-1';
      return 'example';
  }
}

function setPath(target: Record<string, unknown>, path: string, value: unknown) {
  const parts = path.split('.');
  let node = target;
  for (const part of parts.slice(0, -1)) {
    const next = node[part];
    node = (typeof next === 'object' && next !== null ? next : (node[part] = {})) as Record<string, unknown>;
  }
  node[parts[parts.length - 1] as string] = value;
}

const isPlain = (path: string) => !path.includes('[]') && !path.includes('{}');

/**
 * The smallest record that passes streaming validation: required fields and identity fields with example values;
 * a schema without identity fields (most ExperienceEvent schemas) gets an ECID in identityMap when it has one.
 */
export function exampleEntity(schema: SchemaDetail): Record<string, unknown> {
  const entity: Record<string, unknown> = {};
  const fields = schema.fields.filter((field) => isPlain(field.path) && field.xdmType !== 'object');
  for (const field of fields)
    if (field.isRequired || field.identity) setPath(entity, field.path, sampleFor(field));
  const hasIdentity = fields.some((field) => field.identity);
  if (!hasIdentity && schema.fields.some((field) => field.path.startsWith('identityMap'))) {
    entity['identityMap'] = { ECID: [{ id: EXAMPLE_IDS.ecid, primary: true }] };
  }
  return entity;
}

/** The SPEC §4.2 envelope around one record for a dataset. */
export function envelope(dataset: DatasetView, entity: unknown) {
  const schemaRef = { id: dataset.schemaRef.id, contentType: CONTENT_TYPE };
  return {
    header: {
      schemaRef,
      imsOrgId: ORG_ID,
      datasetId: dataset.id,
      source: { name: 'Profile Stager example' },
    },
    body: { xdmMeta: { schemaRef }, xdmEntity: entity },
  };
}

/** A shell-safe curl command posting one message with synchronous validation. */
export function curlCommand(url: string, message: unknown, needsToken: boolean): string {
  const body = JSON.stringify(message, null, 2).replace(/'/g, `'\\''`);
  return [
    `curl -s -X POST '${url}?syncValidation=true' \\`,
    `  -H 'Content-Type: application/json' \\`,
    ...(needsToken ? ['  -H "Authorization: Bearer $TOKEN" \\'] : []),
    `  -d '${body}'`,
  ].join('\n');
}

/** The platform prefixes a refusal with the inlet and org ids; the log and result read better without them. */
export function withoutIdPrefix(message: string): string {
  return message.replace(/^inletId: \[[^\]]*\] imsOrgId: \[[^\]]*\] /, '');
}
