// Schema Registry `Accept` headers (SPEC §1.7): list formats take no version, lookups need `version=1`.
import { acceptInvalid } from './errors';

/** `application/vnd.adobe.{kind}+json`, e.g. `xed-id`, `xed-full-notext`, `xdm-link`. */
export interface RegistryAccept {
  kind: string;
  version?: string;
}

const MEDIA = /^application\/vnd\.adobe\.((?:xed|xdm)(?:-[a-z0-9-]+)?)\+json$/;

function parse(header: string | undefined): RegistryAccept[] {
  if (!header) return [];
  const found: RegistryAccept[] = [];
  for (const item of header.split(',')) {
    const [media = '', ...params] = item.split(';').map((p) => p.trim());
    const match = MEDIA.exec(media.toLowerCase());
    if (!match?.[1]) continue;
    const version = params
      .map((p) => /^version\s*=\s*"?([^"]*)"?$/i.exec(p)?.[1])
      .find((v) => v !== undefined);
    found.push({ kind: match[1], ...(version !== undefined ? { version } : {}) });
  }
  return found;
}

/** For list calls: one of `kinds`, without a version. */
export function listAccept<K extends string>(header: string | undefined, kinds: readonly K[]): K {
  const accepted = parse(header).find((a) => (kinds as readonly string[]).includes(a.kind));
  const example = `application/vnd.adobe.${kinds[0] ?? 'xed-id'}+json`;
  if (!accepted) {
    throw acceptInvalid(
      `The supplied Accept header is not valid: ${header ?? '(none)'} - listing takes ${kinds.map((k) => `application/vnd.adobe.${k}+json`).join(' or ')}`,
    );
  }
  if (accepted.version !== undefined)
    throw acceptInvalid(`version must not be supplied in the accept header. Example: ${example}`);
  return accepted.kind as K;
}

/** For single lookups: one of `kinds`, with `version=1` (the only major version, SPEC §1.7). */
export function lookupAccept<K extends string>(header: string | undefined, kinds: readonly K[]): K {
  const all = parse(header);
  const accepted = all.find((a) => (kinds as readonly string[]).includes(a.kind));
  if (!accepted) {
    throw acceptInvalid(
      `The supplied Accept header is not valid: ${header ?? '(none)'} - this server supports ${kinds.map((k) => `application/vnd.adobe.${k}+json; version=1`).join(', ')}`,
    );
  }
  if (accepted.version === undefined)
    throw acceptInvalid(
      'version must be supplied in the accept header. Example: application/vnd.adobe.xed-full-notext+json; version=1',
    );
  if (accepted.version !== '1')
    throw acceptInvalid(
      `Only major version 1 exists; the Accept header asked for version=${accepted.version}.`,
    );
  return accepted.kind as K;
}
