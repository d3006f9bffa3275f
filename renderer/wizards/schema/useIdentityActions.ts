// Identity changes on the draft schema: add one from the form, move the primary mark, remove one.
import { useState } from 'react';
import { useEngineCall } from '../../app/useEngineCall';
import { reason, type Reason } from '../common/reasons';
import { primaryIdentity } from './schema-rules';
import { useSchemaWizardStores } from './SchemaWizardProvider';

export function useIdentityActions() {
  const { ui, draft, sandbox } = useSchemaWizardStores();
  const set = useEngineCall('registry-schema-set-identity', {
    inlineCodes: ['failed-precondition', 'not-found', 'invalid-argument'],
  });
  const unset = useEngineCall('registry-schema-remove-identity');
  const move = useEngineCall('registry-schema-set-identity');
  /** What the form lacks, by input, after the user tried to add it. */
  const [missing, setMissing] = useState<{ path?: Reason; namespace?: Reason }>({});

  /** Adds (or replaces) the identity the form describes; true when the engine took it. */
  const add = async (): Promise<boolean> => {
    const { path, namespace, isPrimary } = ui.getState().identityForm;
    const schema = draft.getState().schema;
    setMissing({
      ...(path ? {} : { path: reason('wizards.schema.identity.fieldRequired') }),
      ...(namespace ? {} : { namespace: reason('wizards.schema.identity.namespaceRequired') }),
    });
    if (!schema || !path || !namespace) return false;
    const updated = await set.run({ sandbox, ref: schema.$id, path, namespace, isPrimary });
    if (!updated) return false;
    draft.getState().apply(updated);
    ui.getState().clearIdentityForm();
    return true;
  };

  /** A schema has one primary identity: the current one becomes secondary first, then `path` becomes primary. */
  const makePrimary = async (path: string, namespace: string) => {
    const schema = draft.getState().schema;
    if (!schema) return;
    const current = primaryIdentity(schema);
    if (current && current.path !== path) {
      const demoted = await move.run({
        sandbox,
        ref: schema.$id,
        path: current.path,
        namespace: current.namespace,
        isPrimary: false,
      });
      if (!demoted) return;
      draft.getState().apply(demoted);
    }
    const promoted = await move.run({ sandbox, ref: schema.$id, path, namespace, isPrimary: true });
    if (promoted) draft.getState().apply(promoted);
  };

  const remove = async (path: string) => {
    const schema = draft.getState().schema;
    if (!schema) return;
    const updated = await unset.run({ sandbox, ref: schema.$id, path });
    if (updated) draft.getState().apply(updated);
  };

  return {
    add,
    makePrimary,
    remove,
    error: set.inlineError,
    missing,
    clearError: () => {
      set.clearError();
      setMissing({});
    },
    isPending: set.isPending || unset.isPending || move.isPending,
  };
}
