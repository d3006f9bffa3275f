// Thin handlers of the registry domain: check arguments, call the operations, shape results.
import { EngineError } from '../../contract/errors';
import type { HandlerMap } from '../../contract/server';
import { getLibraryEntry, listLibrary, resolveLibrarySchema } from '../../xdm/library';
import { optionalString, requireObject, requireString } from '../args';
import { createNamespace, listNamespaces } from './namespaces';
import { removeIdentity, setIdentity } from './identities';
import {
  addCustomField,
  addFieldGroup,
  createSchema,
  createSchemaFromBody,
  deleteSchema,
  removeFieldGroup,
  updateSchema,
} from './operations';
import { enableProfile, locksReport } from './profile-enablement';
import type { RegistryCore } from './service';
import { allSchemas, requireSchema } from './store';
import { unionOf } from './union';
import { validateRecords } from './validation';

const MAX_VALIDATE = 10_000;

function strings(value: unknown, what: string): string[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string'))
    throw new EngineError('invalid-argument', `${what} must be a list of strings.`);
  return value;
}

export function registryHandlers(core: RegistryCore): HandlerMap {
  const scoped = (raw: unknown, method: string) => {
    const args = requireObject(raw, method);
    return { args, sandbox: requireString(args, 'sandbox', method) };
  };
  const withRef = (raw: unknown, method: string) => {
    const { args, sandbox } = scoped(raw, method);
    return { args, sandbox, ref: requireString(args, 'ref', method) };
  };
  return {
    'registry-library-list': async (raw) => {
      const args = requireObject(raw, 'registry-library-list');
      return listLibrary({
        ...(args.kind !== undefined ? { kind: args.kind as never } : {}),
        ...(typeof args.search === 'string' ? { search: args.search } : {}),
        includeDeprecated: args.includeDeprecated === true,
        ...(typeof args.intendedFor === 'string' ? { intendedFor: args.intendedFor } : {}),
      });
    },
    'registry-library-show': async (raw) => {
      const ref = requireString(requireObject(raw, 'registry-library-show'), 'ref', 'registry-library-show');
      const entry = await getLibraryEntry(ref);
      if (!entry) throw new EngineError('not-found', `"${ref}" is not in the XDM library.`);
      const { fields } = await resolveLibrarySchema(entry.$id);
      return {
        entry,
        fields: fields.map((f) => ({
          path: f.path,
          xdmType: f.xdmType,
          isRequired: f.isRequired,
          ...(f.title ? { title: f.title } : {}),
          ...(f.enum ? { enum: f.enum } : {}),
        })),
      };
    },
    'registry-schema-list': async (raw) => {
      const { sandbox } = scoped(raw, 'registry-schema-list');
      const db = await core.db(sandbox);
      const schemas = (await allSchemas(db)).sort((a, b) => a.title.localeCompare(b.title));
      return Promise.all(schemas.map((s) => core.view(sandbox, db, s)));
    },
    'registry-schema-show': async (raw) => {
      const { sandbox, ref } = withRef(raw, 'registry-schema-show');
      const db = await core.db(sandbox);
      return core.detail(sandbox, db, await requireSchema(db, ref));
    },
    'registry-schema-create': async (raw) => {
      const { args, sandbox } = scoped(raw, 'registry-schema-create');
      const identities = args.identities;
      if (identities !== undefined && !Array.isArray(identities))
        throw new EngineError(
          'invalid-argument',
          'identities must be a list of {path, namespace, isPrimary}.',
        );
      return createSchema(core, sandbox, {
        title: requireString(args, 'title', 'registry-schema-create'),
        ...(optionalString(args, 'description', 'registry-schema-create')
          ? { description: args.description as string }
          : {}),
        classId: requireString(args, 'classId', 'registry-schema-create'),
        fieldGroupIds: strings(args.fieldGroupIds, 'fieldGroupIds') ?? [],
        identities: ((identities ?? []) as unknown[]).map((item) => {
          const identity = requireObject(item, 'identity');
          return {
            path: requireString(identity, 'path', 'identity'),
            namespace: requireString(identity, 'namespace', 'identity'),
            isPrimary: identity.isPrimary === true,
          };
        }),
        isProfileEnabled: args.isProfileEnabled === true,
      });
    },
    'registry-schema-create-from-body': async (raw) => {
      const { args, sandbox } = scoped(raw, 'registry-schema-create-from-body');
      return createSchemaFromBody(core, sandbox, args.body);
    },
    'registry-schema-update': async (raw) => {
      const { args, sandbox, ref } = withRef(raw, 'registry-schema-update');
      return updateSchema(core, sandbox, ref, {
        ...(optionalString(args, 'title', 'registry-schema-update') !== undefined
          ? { title: args.title as string }
          : {}),
        ...(optionalString(args, 'description', 'registry-schema-update') !== undefined
          ? { description: args.description as string }
          : {}),
      });
    },
    'registry-schema-add-field-group': async (raw) => {
      const { args, sandbox, ref } = withRef(raw, 'registry-schema-add-field-group');
      return addFieldGroup(
        core,
        sandbox,
        ref,
        requireString(args, 'fieldGroup', 'registry-schema-add-field-group'),
      );
    },
    'registry-schema-remove-field-group': async (raw) => {
      const { args, sandbox, ref } = withRef(raw, 'registry-schema-remove-field-group');
      return removeFieldGroup(
        core,
        sandbox,
        ref,
        requireString(args, 'fieldGroup', 'registry-schema-remove-field-group'),
      );
    },
    'registry-schema-add-field': async (raw) => {
      const { args, sandbox, ref } = withRef(raw, 'registry-schema-add-field');
      return addCustomField(core, sandbox, ref, {
        path: requireString(args, 'path', 'registry-schema-add-field'),
        type: requireString(args, 'type', 'registry-schema-add-field'),
        ...(typeof args.title === 'string' ? { title: args.title } : {}),
        ...(args.enum !== undefined ? { enum: strings(args.enum, 'enum') ?? [] } : {}),
        isRequired: args.isRequired === true,
      });
    },
    'registry-schema-set-identity': async (raw) => {
      const { args, sandbox, ref } = withRef(raw, 'registry-schema-set-identity');
      return setIdentity(core, sandbox, ref, {
        path: requireString(args, 'path', 'registry-schema-set-identity'),
        namespace: requireString(args, 'namespace', 'registry-schema-set-identity'),
        isPrimary: args.isPrimary === true,
      });
    },
    'registry-schema-remove-identity': async (raw) => {
      const { args, sandbox, ref } = withRef(raw, 'registry-schema-remove-identity');
      return removeIdentity(
        core,
        sandbox,
        ref,
        requireString(args, 'path', 'registry-schema-remove-identity'),
      );
    },
    'registry-schema-enable-profile': async (raw) => {
      const { sandbox, ref } = withRef(raw, 'registry-schema-enable-profile');
      return enableProfile(core, sandbox, ref);
    },
    'registry-schema-locks': async (raw) => {
      const { sandbox, ref } = withRef(raw, 'registry-schema-locks');
      return locksReport(core, sandbox, ref);
    },
    'registry-schema-delete': async (raw) => {
      const { sandbox, ref } = withRef(raw, 'registry-schema-delete');
      return deleteSchema(core, sandbox, ref);
    },
    'registry-union-show': async (raw) => {
      const { args, sandbox } = scoped(raw, 'registry-union-show');
      return unionOf(core, sandbox, requireString(args, 'classRef', 'registry-union-show'));
    },
    'registry-namespace-list': async (raw) =>
      listNamespaces(await core.db(scoped(raw, 'registry-namespace-list').sandbox)),
    'registry-namespace-create': async (raw) => {
      const { args, sandbox } = scoped(raw, 'registry-namespace-create');
      return createNamespace(
        await core.db(sandbox),
        {
          code: requireString(args, 'code', 'registry-namespace-create'),
          name: requireString(args, 'name', 'registry-namespace-create'),
          type: requireString(args, 'type', 'registry-namespace-create'),
          ...(typeof args.description === 'string' ? { description: args.description } : {}),
        },
        core.iso(),
      );
    },
    'registry-validate': async (raw) => {
      const { args, sandbox, ref } = withRef(raw, 'registry-validate');
      if (!Array.isArray(args.records))
        throw new EngineError('invalid-argument', 'registry-validate needs "records": a list of records.');
      if (args.records.length > MAX_VALIDATE)
        throw new EngineError(
          'invalid-argument',
          `registry-validate takes at most ${MAX_VALIDATE} records per call; send them in pages.`,
        );
      const mode = args.mode === undefined ? 'batch' : args.mode;
      if (mode !== 'batch' && mode !== 'streaming')
        throw new EngineError('invalid-argument', 'mode must be "batch" or "streaming".');
      return validateRecords(core, sandbox, ref, args.records, mode);
    },
  };
}
