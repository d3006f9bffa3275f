// Back and Next: each step checks its rule first and says why it cannot go on; Next also starts the step's work.
import { useCallback, useState } from 'react';
import { assertNever } from '../../../../shared/util/assert';
import { STEPS, type StepId } from '../state/import-wizard-store';
import { useImportStores } from '../state/ImportWizardProvider';
import { checkStep } from '../state/step-rules';
import { useDryRun } from './useDryRun';
import { useIngestRun } from './useIngestRun';
import { useMappingEditor } from './useMappingEditor';

export function useImportFlow(sandbox: string, onBatchFinished: () => void) {
  const { wizard, data } = useImportStores();
  const { validate, isValidating } = useDryRun(sandbox);
  const { start } = useIngestRun(sandbox, onBatchFinished);
  const { rememberAll } = useMappingEditor(sandbox);
  const [isStarting, setStarting] = useState(false);

  const next = useCallback(async () => {
    const state = wizard.getState();
    const block = checkStep(state.step, state, data.getState());
    if (block) {
      state.setBlock(block);
      return;
    }
    switch (state.step) {
      case 'dataset':
        return state.goTo('files');
      case 'files':
        return state.goTo('preview');
      case 'preview':
        rememberAll();
        state.goTo('validate');
        // Entering the dry-run step validates the sample at once, so the result is there to read.
        await validate();
        return;
      case 'validate':
        setStarting(true);
        try {
          await start();
        } finally {
          setStarting(false);
        }
        return;
      case 'ingest':
      case 'result':
        return;
      default:
        return assertNever(state.step, 'wizard step');
    }
  }, [wizard, data, rememberAll, validate, start]);

  const back = useCallback(() => {
    const state = wizard.getState();
    const index = STEPS.indexOf(state.step);
    if (index > 0 && index < STEPS.indexOf('ingest')) state.goTo(STEPS[index - 1] as StepId);
  }, [wizard]);

  /** Clicking a finished step in the stepper goes back to it (never forward, never out of a batch). */
  const goBackTo = useCallback(
    (step: StepId) => {
      const state = wizard.getState();
      const current = STEPS.indexOf(state.step);
      if (current < STEPS.indexOf('ingest') && STEPS.indexOf(step) < current) state.goTo(step);
    },
    [wizard],
  );

  return { next, back, goBackTo, validate, isValidating, isStarting };
}
