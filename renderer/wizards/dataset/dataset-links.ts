// Where the dataset wizard links to (wizards 1 and 3) and how it names a schema's class.
import type { SchemaView } from '../../../shared/contract';
import type { Translate } from '../../i18n/translate';

const PROFILE_CLASS = 'https://ns.adobe.com/xdm/context/profile';
const EVENT_CLASS = 'https://ns.adobe.com/xdm/context/experienceevent';

/** Wizard 1 for this schema, when the schema can still be enabled there (a Profile or ExperienceEvent class). */
export function schemaWizardLink(schema: SchemaView): string | undefined {
  if (schema.isProfileEnabled) return undefined;
  if (schema['meta:class'] !== PROFILE_CLASS && schema['meta:class'] !== EVENT_CLASS) return undefined;
  return `/wizards/enable-schema?schema=${encodeURIComponent(schema['meta:altId'])}`;
}

/** Wizard 3 with this dataset chosen. */
export function importWizardLink(datasetId: string): string {
  return `/wizards/import-files?dataset=${encodeURIComponent(datasetId)}`;
}

export function classLabel(t: Translate, classId: string): string {
  if (classId === PROFILE_CLASS) return t('wizards.schema.class.profile');
  if (classId === EVENT_CLASS) return t('wizards.schema.class.event');
  return classId;
}
