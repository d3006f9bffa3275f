// The handler registry: domains register their methods here; duplicate names are refused.
import type { HandlerLookup, HandlerMap } from '../contract/server';
import type { MethodName } from '../contract/methods';

export interface HandlerRegistry extends HandlerLookup {
  register(handlers: HandlerMap): void;
  names(): MethodName[];
}

export function createHandlerRegistry(): HandlerRegistry {
  const table = new Map<string, (args: unknown) => Promise<unknown>>();
  return {
    register(handlers) {
      for (const [name, handler] of Object.entries(handlers)) {
        if (table.has(name)) throw new Error(`Engine method "${name}" is registered twice.`);
        if (handler) table.set(name, handler as (args: unknown) => Promise<unknown>);
      }
    },
    get(name) {
      return table.get(name);
    },
    names() {
      return [...table.keys()].sort() as MethodName[];
    },
  };
}
