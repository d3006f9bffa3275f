// Thin handlers of the sandbox domain: check arguments, call the service, shape the result.
import { EngineError } from '../../contract/errors';
import type { HandlerMap } from '../../contract/server';
import { isBytes } from '../../util/assert';
import { optionalString, requireObject, requireString } from '../args';
import type { SandboxService } from './service';

export function sandboxHandlers(sandboxes: SandboxService): HandlerMap {
  return {
    'sandbox-list': async () => sandboxes.list(),
    'sandbox-create': async (raw) => {
      const args = requireObject(raw, 'sandbox-create');
      // The service checks the name itself, so the user sees the naming rule.
      return sandboxes.create(
        args.name as string,
        optionalString(args, 'title', 'sandbox-create'),
        optionalString(args, 'tenantId', 'sandbox-create'),
      );
    },
    'sandbox-rename': async (raw) => {
      const args = requireObject(raw, 'sandbox-rename');
      // The service checks the title itself, so an empty one gets its plain-language message.
      return sandboxes.rename(
        requireString(args, 'name', 'sandbox-rename'),
        optionalString(args, 'title', 'sandbox-rename') ?? '',
      );
    },
    'sandbox-reset': async (raw) =>
      sandboxes.reset(requireString(requireObject(raw, 'sandbox-reset'), 'name', 'sandbox-reset')),
    'sandbox-delete': async (raw) =>
      sandboxes.remove(requireString(requireObject(raw, 'sandbox-delete'), 'name', 'sandbox-delete')),
    'sandbox-export': async (raw) => {
      const args = requireObject(raw, 'sandbox-export');
      const names = args.names;
      if (names !== undefined && !(Array.isArray(names) && names.every((n) => typeof n === 'string'))) {
        throw new EngineError('invalid-argument', 'sandbox-export: "names" must be a list of sandbox names.');
      }
      return sandboxes.exportSnapshot(names as string[] | undefined);
    },
    'sandbox-import': async (raw) => {
      const args = requireObject(raw, 'sandbox-import');
      if (!isBytes(args.bytes)) {
        throw new EngineError(
          'invalid-argument',
          'sandbox-import needs "bytes": the snapshot file contents.',
        );
      }
      const rename = args.rename ?? {};
      if (
        typeof rename !== 'object' ||
        rename === null ||
        Object.values(rename).some((v) => typeof v !== 'string')
      ) {
        throw new EngineError(
          'invalid-argument',
          'sandbox-import: "rename" maps snapshot names to new names.',
        );
      }
      return sandboxes.importSnapshot(args.bytes, args.replace === true, rename as Record<string, string>);
    },
  };
}
