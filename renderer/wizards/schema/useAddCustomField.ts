// Adds the custom field in the form to the draft schema, after checking the platform's naming rule here first.
import { useState } from 'react';
import { useEngineCall } from '../../app/useEngineCall';
import { reason, type Reason } from '../common/reasons';
import { fieldNameProblem } from './schema-rules';
import { useSchemaWizardStores } from './SchemaWizardProvider';

export interface FieldProblem {
  input: 'name' | 'enum';
  reason: Reason;
}

export function useAddCustomField() {
  const { ui, draft, sandbox, tenantId } = useSchemaWizardStores();
  const add = useEngineCall('registry-schema-add-field', {
    inlineCodes: ['invalid-argument', 'already-exists'],
  });
  const [problem, setProblem] = useState<FieldProblem | undefined>(undefined);

  /** True when the engine added the field. */
  const submit = async (): Promise<boolean> => {
    const form = ui.getState().fieldForm;
    const schema = draft.getState().schema;
    if (!schema) return false;
    const nameProblem = fieldNameProblem(form.name, tenantId);
    const values = form.enumValues.map((value) => value.trim()).filter(Boolean);
    const problem: FieldProblem | undefined = nameProblem
      ? { input: 'name', reason: nameProblem }
      : form.type === 'enum' && values.length === 0
        ? { input: 'enum', reason: reason('wizards.schema.field.enumRequired') }
        : undefined;
    if (problem) {
      setProblem(problem);
      return false;
    }
    setProblem(undefined);
    const title = form.title.trim();
    const updated = await add.run({
      sandbox,
      ref: schema.$id,
      path: form.name.trim(),
      type: form.type === 'enum' ? 'string' : form.type,
      ...(title ? { title } : {}),
      ...(form.type === 'enum' ? { enum: values } : {}),
      isRequired: form.isRequired,
    });
    if (!updated) return false;
    draft.getState().apply(updated);
    ui.getState().clearFieldForm();
    return true;
  };

  const clear = () => {
    setProblem(undefined);
    add.clearError();
  };

  return { submit, clear, problem, engineError: add.inlineError, isPending: add.isPending };
}
