// Opens an existing schema that is not enabled yet as the wizard's draft (links carry `?schema=<altId>`).
import { useEffect, useRef, useState } from 'react';
import type { SchemaDetail } from '../../../shared/contract';
import { useEngineCall } from '../../app/useEngineCall';
import { CLASS_IDS, SCHEMA_STEPS, type ClassChoice } from './schema-wizard-store';
import { useSchemaDraft, useSchemaWizardStores } from './SchemaWizardProvider';

function classChoiceOf(schema: SchemaDetail): ClassChoice | undefined {
  return (Object.keys(CLASS_IDS) as ClassChoice[]).find(
    (choice) => CLASS_IDS[choice] === schema['meta:class'],
  );
}

/** Loads `ref` once into an empty wizard and opens its identities step; true while that answer is awaited. */
export function useResumeSchema(ref: string | undefined): boolean {
  const { ui, draft, sandbox } = useSchemaWizardStores();
  const show = useEngineCall('registry-schema-show');
  const run = show.run;
  const isAsked = useRef(false);
  const [isSettled, setSettled] = useState(false);
  const hasDraft = useSchemaDraft((state) => state.schema !== undefined);

  useEffect(() => {
    if (!ref || isAsked.current || draft.getState().schema) return;
    isAsked.current = true;
    void run({ sandbox, ref }).then((schema) => {
      setSettled(true);
      if (!schema || draft.getState().schema) return;
      draft.getState().apply(schema);
      const enabled = schema.isProfileEnabled;
      ui.getState().resume({
        classChoice: classChoiceOf(schema),
        title: schema.title,
        description: schema.description ?? '',
        groups: schema.fieldGroups.filter((g) => !g.isTenant).map((g) => ({ id: g.$id, title: g.title })),
        // An enabled schema has nothing left to do here: show its finish page.
        step: enabled ? SCHEMA_STEPS.length : SCHEMA_STEPS.indexOf('identities'),
      });
    });
  }, [ref, run, sandbox, ui, draft]);

  // Until the answer is in, the wizard waits rather than flash an empty first step.
  return ref !== undefined && !hasDraft && !isSettled;
}
