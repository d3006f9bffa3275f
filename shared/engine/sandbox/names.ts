// Sandbox naming rules, as the platform's: lowercase letters, digits and hyphens.
import { EngineError } from '../../contract/errors';

export const DEFAULT_SANDBOX = 'prod';
export const MAX_SANDBOX_NAME = 64;
const NAME = /^[a-z][a-z0-9-]*$/;
const TENANT = /^[a-z][a-z0-9]{1,31}$/;

/** Throws invalid-argument with the rule that `name` breaks, or returns it. */
export function checkSandboxName(name: unknown): string {
  if (typeof name !== 'string' || name.length === 0) {
    throw new EngineError('invalid-argument', 'A sandbox needs a name, e.g. "dev-staging".');
  }
  if (name.length > MAX_SANDBOX_NAME) {
    throw new EngineError(
      'invalid-argument',
      `Sandbox name "${name.slice(0, 20)}…" is ${name.length} characters; the limit is ${MAX_SANDBOX_NAME}.`,
    );
  }
  if (!NAME.test(name) || name.endsWith('-')) {
    throw new EngineError(
      'invalid-argument',
      `Sandbox name "${name}" is not allowed: use lowercase letters, digits and hyphens, starting with a letter and not ending with a hyphen (e.g. "dev-staging").`,
    );
  }
  return name;
}

/** Checks a tenant id (the `acme` of `_acme`): lowercase letters and digits, starting with a letter. */
export function checkTenantId(tenantId: unknown): string {
  if (typeof tenantId !== 'string' || !TENANT.test(tenantId)) {
    throw new EngineError(
      'invalid-argument',
      `Tenant id ${JSON.stringify(tenantId)} is not allowed: use 2–32 lowercase letters and digits, starting with a letter (custom fields then live under "_<tenant>").`,
    );
  }
  return tenantId;
}

/** Title for a sandbox created without one: "dev-staging" → "Dev Staging". */
export function defaultTitle(name: string): string {
  return name
    .split('-')
    .filter(Boolean)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join(' ');
}
