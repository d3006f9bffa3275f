// Argument checks shared by thin handlers: turn a bad request into an invalid-argument error.
import { EngineError } from '../contract/errors';

/** Returns `args` as a record or throws invalid-argument. */
export function requireObject(args: unknown, method: string): Record<string, unknown> {
  if (typeof args !== 'object' || args === null || Array.isArray(args)) {
    throw new EngineError('invalid-argument', `${method} takes an object of arguments.`);
  }
  return args as Record<string, unknown>;
}

/** Reads a required non-empty string argument. */
export function requireString(args: Record<string, unknown>, key: string, method: string): string {
  const value = args[key];
  if (typeof value !== 'string' || value.length === 0) {
    throw new EngineError('invalid-argument', `${method} needs "${key}" as a non-empty string.`);
  }
  return value;
}

/** Reads an optional string argument. */
export function optionalString(
  args: Record<string, unknown>,
  key: string,
  method: string,
): string | undefined {
  const value = args[key];
  if (value === undefined) return undefined;
  if (typeof value !== 'string')
    throw new EngineError('invalid-argument', `${method}: "${key}" must be a string.`);
  return value;
}
