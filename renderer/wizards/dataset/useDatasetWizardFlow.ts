// Moving through the dataset wizard: each step checks its rules; the review creates the dataset or runs the tag calls.
import type { DatasetView, SchemaView } from '../../../shared/contract';
import { assertNever } from '../../../shared/util/assert';
import { useEngineCall } from '../../app/useEngineCall';
import {
  chooseStepReasons,
  configureStepReasons,
  effectiveSwitches,
  findSchema,
  planTagChange,
  tagsForNew,
} from './dataset-rules';
import { DATASET_FINISHED, DATASET_STEPS } from './dataset-wizard-store';
import { useDatasetWizardStores } from './DatasetWizardProvider';

export interface DatasetLists {
  schemas: readonly SchemaView[] | undefined;
  datasets: readonly DatasetView[] | undefined;
  /** Reads both lists again (the engine sends no event when another window changes them). */
  reload(): void;
}

export function useDatasetWizardFlow(lists: DatasetLists) {
  const { ui, draft, sandbox } = useDatasetWizardStores();
  const datasetList = useEngineCall('catalog-dataset-list');
  // The engine re-checks the platform's rules; its refusal is shown on the review step.
  const create = useEngineCall('catalog-dataset-create', {
    inlineCodes: ['already-exists', 'failed-precondition', 'invalid-argument'],
  });
  const setTags = useEngineCall('catalog-dataset-set-tags', {
    inlineCodes: ['failed-precondition', 'invalid-argument'],
  });

  const schemaOf = (state = ui.getState()): SchemaView | undefined => {
    if (state.mode === 'new') return findSchema(lists.schemas, state.schemaRef);
    const dataset = lists.datasets?.find((d) => d.id === state.datasetId);
    return findSchema(lists.schemas, dataset?.schemaRef.id);
  };

  const next = async () => {
    const state = ui.getState();
    const step = DATASET_STEPS[state.step];
    if (step === undefined || !lists.schemas || !lists.datasets) return;
    let reasons;
    switch (step) {
      case 'choose':
        reasons = chooseStepReasons(state, lists.schemas, lists.datasets);
        break;
      case 'configure': {
        // Names are checked against the Catalog as it is now, not as it was when the page opened.
        const datasets = state.mode === 'new' ? await datasetList.run({ sandbox }) : lists.datasets;
        if (!datasets) return;
        reasons = configureStepReasons(state, datasets, schemaOf(state));
        break;
      }
      case 'review':
        // The review step ends with its own action (create, or the tag calls).
        return;
      default:
        return assertNever(step, 'dataset wizard step');
    }
    if (reasons.length > 0) ui.getState().block(reasons);
    else ui.getState().goTo(state.step + 1);
  };

  /** Creates the new dataset with the tags the switches make. */
  const createDataset = async () => {
    const state = ui.getState();
    const schema = schemaOf(state);
    if (!schema) return;
    const description = state.description.trim();
    const created = await create.run({
      sandbox,
      name: state.name.trim(),
      ...(description ? { description } : {}),
      schemaRef: { id: schema.$id, contentType: 'application/vnd.adobe.xed-full+json;version=1' },
      tags: tagsForNew(effectiveSwitches(state.switches, schema)),
    });
    if (!created) return;
    draft.getState().apply(created);
    ui.getState().goTo(DATASET_FINISHED);
  };

  /** Runs call `index` of the tag plan; after the last one the wizard is finished. */
  const applyCall = async (index: number) => {
    const state = ui.getState();
    if (!state.baseline || !state.datasetId || index !== state.appliedCalls) return;
    const plan = planTagChange(state.baseline, effectiveSwitches(state.switches, schemaOf(state)));
    const call = plan[index];
    if (!call) return;
    const updated = await setTags.run({ sandbox, ref: state.datasetId, tags: call.tags });
    if (!updated) return;
    draft.getState().apply(updated);
    ui.getState().markApplied(index + 1);
    if (index + 1 === plan.length) ui.getState().goTo(DATASET_FINISHED);
  };

  return {
    next,
    back: () => ui.getState().goTo(Math.max(0, ui.getState().step - 1)),
    goTo: (step: number) => {
      // Once a tag call ran, the plan is half done: going back would lose the thread of the sequence.
      if (step < ui.getState().step && ui.getState().appliedCalls === 0) ui.getState().goTo(step);
    },
    createDataset,
    applyCall,
    schemaOf,
    createError: create.inlineError,
    tagError: setTags.inlineError,
    isPending: datasetList.isPending || create.isPending || setTags.isPending,
  };
}

export type DatasetWizardFlow = ReturnType<typeof useDatasetWizardFlow>;
