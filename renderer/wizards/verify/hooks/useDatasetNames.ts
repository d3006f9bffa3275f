// Dataset names by id, for showing where rows, fragments and attribute values came from.
import { useMemo } from 'react';
import { useVerifyData } from '../state/VerifyWizardProvider';

export function useDatasetNames(): (datasetId: string) => string {
  const datasets = useVerifyData((state) => state.datasets);
  return useMemo(() => {
    const names = new Map((datasets ?? []).map((dataset) => [dataset.id, dataset.name]));
    return (datasetId: string) => names.get(datasetId) ?? datasetId;
  }, [datasets]);
}
