// Loads the page of profiles the chosen batch touched (`profile-batch`) whenever the batch or the page changes.
import { useCallback, useEffect } from 'react';
import { useEngineCall } from '../../../app/useEngineCall';
import { useEngineEvent } from '../../../app/useEngineEvent';
import { useVerifyStores, useVerifyWizard } from '../state/VerifyWizardProvider';

/** Profiles per page of the touched-profiles list. */
export const PROFILE_PAGE_SIZE = 10;

export function useTouchedProfiles(sandbox: string) {
  const { data } = useVerifyStores();
  const batchId = useVerifyWizard((state) => state.batchId);
  const page = useVerifyWizard((state) => state.profilePage);
  const call = useEngineCall('profile-batch');
  const run = call.run;

  const load = useCallback(
    async (id: string, pageNumber: number) => {
      const answer = await run({
        sandbox,
        batchId: id,
        offset: (pageNumber - 1) * PROFILE_PAGE_SIZE,
        limit: PROFILE_PAGE_SIZE,
      });
      if (answer)
        data.setState({
          touched: { batchId: id, page: pageNumber, total: answer.total, profiles: answer.profiles },
        });
    },
    [run, sandbox, data],
  );

  useEffect(() => {
    if (batchId) void load(batchId, page);
  }, [batchId, page, load]);

  useEngineEvent('batch-finished', (event) => {
    if (event.sandbox === sandbox && event.batchId === batchId) void load(event.batchId, page);
  });

  return { isLoading: call.isPending };
}
