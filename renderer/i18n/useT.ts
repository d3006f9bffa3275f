// The hook every component uses for its strings: `const t = useT(); t('overview.title')`.
import { usePrefs } from '../state/StoresProvider';
import { translator, type Translate } from './translate';

export function useT(): Translate {
  return translator(usePrefs((state) => state.language));
}
