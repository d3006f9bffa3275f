// Enables the draft schema for Profile (irreversible), after the user confirmed what becomes permanent.
import { useEngineCall } from '../../app/useEngineCall';
import { SCHEMA_FINISHED } from './schema-wizard-store';
import { useSchemaWizardStores } from './SchemaWizardProvider';

export function useEnableProfile() {
  const { ui, draft, sandbox } = useSchemaWizardStores();
  // The engine re-checks the requirements; a refusal is shown in the confirmation dialog.
  const enable = useEngineCall('registry-schema-enable-profile', { inlineCodes: ['failed-precondition'] });

  const confirm = async () => {
    const schema = draft.getState().schema;
    if (!schema) return;
    const enabled = await enable.run({ sandbox, ref: schema.$id });
    if (!enabled) return;
    draft.getState().apply(enabled);
    ui.getState().setConfirmOpen(false);
    ui.getState().goTo(SCHEMA_FINISHED);
  };

  return { confirm, isPending: enable.isPending, error: enable.inlineError, clearError: enable.clearError };
}
