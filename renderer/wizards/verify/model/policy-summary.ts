// One sentence of what a merge policy does: how attributes merge and whether identities are stitched.
import type { MergePolicy } from '../../../../shared/contract';
import type { Translate } from '../../../i18n/translate';

export function policySummary(
  t: Translate,
  policy: MergePolicy | undefined,
  datasetName: (id: string) => string,
): string {
  if (!policy) return t('wizards.verify.policy.none');
  const merge =
    policy.attributeMerge.type === 'dataSetPrecedence'
      ? t('wizards.verify.policy.precedence', {
          datasets: policy.attributeMerge.order.map(datasetName).join(' › '),
        })
      : t('wizards.verify.policy.timestamp');
  const stitching = t(
    policy.identityGraph.type === 'pdg' ? 'wizards.verify.policy.pdg' : 'wizards.verify.policy.noStitching',
  );
  return `${merge} ${stitching}`;
}
