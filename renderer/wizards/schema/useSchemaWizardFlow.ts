// Moving through the schema wizard: each step checks its rules, and leaving step 2 creates the schema in the engine.
import { useEngineCall } from '../../app/useEngineCall';
import { assertNever } from '../../../shared/util/assert';
import { reason } from '../common/reasons';
import {
  classStepReasons,
  customFieldsStepReasons,
  fieldGroupChanges,
  identityStepReasons,
} from './schema-rules';
import { CLASS_IDS, SCHEMA_STEPS } from './schema-wizard-store';
import { useSchemaWizardStores } from './SchemaWizardProvider';

export interface SchemaWizardFlow {
  /** Checks the active step and, when it passes, does what leaving it means and moves on. */
  next(): Promise<void>;
  back(): void;
  /** Jumps back to an earlier step (the Stepper only offers steps already done). */
  goTo(step: number): void;
  /** Deletes the draft schema this wizard created (never enabled, so allowed) and starts again. */
  startOver(): Promise<void>;
  /** Reads the draft again (another window or the CLI may have changed it); the checklist follows. */
  refresh(): Promise<void>;
  isPending: boolean;
}

export function useSchemaWizardFlow(): SchemaWizardFlow {
  const { ui, draft, sandbox } = useSchemaWizardStores();
  const list = useEngineCall('registry-schema-list');
  const create = useEngineCall('registry-schema-create');
  const update = useEngineCall('registry-schema-update', {
    inlineCodes: ['already-exists', 'invalid-argument'],
  });
  const addGroup = useEngineCall('registry-schema-add-field-group');
  const removeGroup = useEngineCall('registry-schema-remove-field-group');
  const remove = useEngineCall('registry-schema-delete');
  const show = useEngineCall('registry-schema-show');
  const isPending =
    list.isPending ||
    create.isPending ||
    update.isPending ||
    addGroup.isPending ||
    removeGroup.isPending ||
    remove.isPending ||
    show.isPending;

  const leaveClassStep = async (): Promise<boolean> => {
    const state = ui.getState();
    const schema = draft.getState().schema;
    const schemas = await list.run({ sandbox });
    if (!schemas) return false;
    const reasons = classStepReasons(state, schemas, schema?.$id);
    if (reasons.length > 0) {
      ui.getState().block(reasons);
      return false;
    }
    const title = state.title.trim();
    if (schema && (schema.title !== title || (schema.description ?? '') !== state.description)) {
      const updated = await update.run({ sandbox, ref: schema.$id, title, description: state.description });
      if (!updated) {
        ui.getState().block([reason('wizards.schema.title.refused', { title })]);
        return false;
      }
      draft.getState().apply(updated);
    }
    return true;
  };

  const leaveFieldGroupStep = async (): Promise<boolean> => {
    const state = ui.getState();
    let schema = draft.getState().schema;
    if (!schema) {
      if (!state.classChoice) return false;
      const description = state.description.trim();
      const created = await create.run({
        sandbox,
        title: state.title.trim(),
        ...(description ? { description } : {}),
        classId: CLASS_IDS[state.classChoice],
        fieldGroupIds: state.groups.map((g) => g.id),
      });
      if (!created) return false;
      draft.getState().apply(created);
      ui.getState().markDraftOwned();
      return true;
    }
    const changes = fieldGroupChanges(state.groups, schema);
    for (const fieldGroup of changes.add) {
      const next = await addGroup.run({ sandbox, ref: schema.$id, fieldGroup });
      if (!next) return false;
      schema = next;
      draft.getState().apply(next);
    }
    for (const fieldGroup of changes.remove) {
      const next = await removeGroup.run({ sandbox, ref: schema.$id, fieldGroup });
      if (!next) return false;
      schema = next;
      draft.getState().apply(next);
    }
    return true;
  };

  const check = (reasons: ReturnType<typeof customFieldsStepReasons>): boolean => {
    if (reasons.length > 0) ui.getState().block(reasons);
    return reasons.length === 0;
  };

  const next = async () => {
    const state = ui.getState();
    const step = SCHEMA_STEPS[state.step];
    if (step === undefined) return;
    let isDone: boolean;
    switch (step) {
      case 'class':
        isDone = await leaveClassStep();
        break;
      case 'fieldGroups':
        isDone = await leaveFieldGroupStep();
        break;
      case 'customFields':
        isDone = check(customFieldsStepReasons(state.fieldForm));
        break;
      case 'identities':
        isDone = check(identityStepReasons(state.identityForm, draft.getState().schema));
        break;
      case 'review':
        // The review step ends with Enable (confirmed in a dialog), not with Next.
        isDone = false;
        break;
      default:
        assertNever(step, 'schema wizard step');
    }
    if (isDone) ui.getState().goTo(state.step + 1);
  };

  const startOver = async () => {
    const schema = draft.getState().schema;
    // Only a draft this wizard created is deleted; a schema opened from a link stays as it is.
    if (schema && !schema.isProfileEnabled && ui.getState().isDraftOwned) {
      const deleted = await remove.run({ sandbox, ref: schema.$id });
      if (!deleted) return;
    }
    draft.getState().clear();
    ui.getState().reset();
  };

  const refresh = async () => {
    const schema = draft.getState().schema;
    if (!schema) return;
    const fresh = await show.run({ sandbox, ref: schema.$id });
    if (fresh) draft.getState().apply(fresh);
  };

  return {
    next,
    refresh,
    back: () => ui.getState().goTo(Math.max(0, ui.getState().step - 1)),
    goTo: (step) => {
      if (step < ui.getState().step) ui.getState().goTo(step);
    },
    startOver,
    isPending,
  };
}
