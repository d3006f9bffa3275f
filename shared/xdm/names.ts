// XDM name conversion: JSON-LD prefixed property names, $ref pointers and $ids to the AEP (XED) form.

/** Host whose URI property names nest under `_<first path segment>`. */
const ADOBE_NS_HOST = 'ns.adobe.com';

/** Keywords whose value is a map from property (or definition) names to schemas. */
const NAME_MAP_KEYWORDS = new Set(['properties', 'patternProperties', 'definitions', 'dependencies']);

/** Keywords whose value is one schema or an array of schemas, addressed by index. */
const SCHEMA_ARRAY_KEYWORDS = new Set(['allOf', 'anyOf', 'oneOf', 'items']);

/**
 * Converts one JSON-LD property name to its AEP path segments:
 * `xdm:name` → `name`; `@id` → `_id`; `repo:createDate` → `_repo`, `createDate`;
 * `https://ns.adobe.com/xdm/channels/application` → `_channels`, `application`;
 * `https://ns.adobe.com/experience/analytics` → `_experience`, `analytics`;
 * `https://ns.thirdparty.com/color` → `_ns`, `thirdparty`, `com`, `color` (other hosts nest under
 * `_ns`; a leading `ns.` label of the host is not repeated). Plain names are unchanged.
 */
export function convertPropertyName(name: string): string[] {
  if (name.startsWith('@')) return ['_' + name.slice(1)];
  const uri = parseUri(name);
  if (uri) {
    if (uri.host === ADOBE_NS_HOST) {
      const segments = uri.segments[0] === 'xdm' ? uri.segments.slice(1) : uri.segments;
      const [first, ...rest] = segments;
      if (first === undefined) return [name];
      return ['_' + first, ...rest];
    }
    const hostLabels = uri.host.split('.').filter((label) => label !== '');
    if (hostLabels[0] === 'ns') hostLabels.shift();
    return ['_ns', ...hostLabels, ...uri.segments];
  }
  const colon = name.indexOf(':');
  if (colon > 0 && /^[A-Za-z][\w.-]*$/.test(name.slice(0, colon))) {
    const prefix = name.slice(0, colon);
    const local = name.slice(colon + 1);
    return prefix === 'xdm' ? [local] : ['_' + prefix, local];
  }
  return [name];
}

/** The dotted AEP path of a JSON-LD property name (`repo:createDate` → `_repo.createDate`). */
export function convertPropertyPath(name: string): string {
  return convertPropertyName(name).join('.');
}

/**
 * The `meta:altId` of a schema `$id`: `https://ns.adobe.com/xdm/context/profile` →
 * `_xdm.context.profile`; other hosts keep the host (`http://schema.org/GeoShape` →
 * `_schema.org.GeoShape`).
 */
export function toAltId(id: string): string {
  const uri = parseUri(id);
  if (!uri) return id;
  const parts = uri.host === ADOBE_NS_HOST ? uri.segments : [uri.host, ...uri.segments];
  return '_' + parts.join('.');
}

/**
 * Converts a `$ref`: the document part is kept, and property names inside the JSON-pointer
 * fragment are converted (`#/definitions/x/properties/xdm:a/properties/repo:b` →
 * `#/definitions/x/properties/a/properties/_repo/properties/b`).
 */
export function convertRef(ref: string): string {
  const hash = ref.indexOf('#');
  if (hash < 0) return ref;
  const fragment = ref.slice(hash + 1);
  if (fragment === '' || !fragment.startsWith('/')) return ref;
  const converted = convertPointerSegments(parsePointer(fragment));
  return ref.slice(0, hash + 1) + formatPointer(converted);
}

/** Converts the segments of a JSON pointer into a schema, keyword by keyword. */
export function convertPointerSegments(segments: readonly string[]): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < segments.length) {
    const keyword = segments[i] as string;
    out.push(keyword);
    i++;
    if (i >= segments.length) break;
    const next = segments[i] as string;
    if (keyword === 'properties') {
      out.push(...convertPropertyName(next).join('\u0000properties\u0000').split('\u0000'));
      i++;
    } else if (NAME_MAP_KEYWORDS.has(keyword)) {
      out.push(next);
      i++;
    } else if (SCHEMA_ARRAY_KEYWORDS.has(keyword) && /^\d+$/.test(next)) {
      out.push(next);
      i++;
    }
  }
  return out;
}

/** Splits a JSON-pointer fragment (`/a/b~1c`) into unescaped, percent-decoded segments. */
export function parsePointer(fragment: string): string[] {
  if (fragment === '') return [];
  return fragment
    .slice(1)
    .split('/')
    .map((segment) => safeDecode(segment).replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** Joins segments into a JSON-pointer fragment, escaping `~` and `/`. */
export function formatPointer(segments: readonly string[]): string {
  return segments.map((segment) => '/' + segment.replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

interface ParsedUri {
  host: string;
  segments: string[];
}

function parseUri(text: string): ParsedUri | undefined {
  const match = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]+)([^?#]*)/i.exec(text);
  if (!match) return undefined;
  const host = (match[1] ?? '').toLowerCase();
  const segments = (match[2] ?? '').split('/').filter((segment) => segment !== '');
  return { host, segments };
}

function safeDecode(segment: string): string {
  if (!segment.includes('%')) return segment;
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
