// Pure rules of the schema wizard: what each step needs before the user may go on, and the field naming rule.
import type { SchemaDetail, SchemaField, SchemaView } from '../../../shared/contract';
import { reason, type Reason } from '../common/reasons';
import type { ChosenGroup, FieldForm, IdentityForm, SchemaWizardState } from './schema-wizard-store';

/** A custom field name segment (SPEC §1.1): letters, digits, `-`, `_`, not starting with `_`. */
const SEGMENT = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;

/** What is wrong with a custom field name, as the platform's naming rule explains it; undefined when fine. */
export function fieldNameProblem(name: string, tenantId: string): Reason | undefined {
  const trimmed = name.trim();
  if (!trimmed) return reason('wizards.schema.field.nameRequired');
  const tenantRoot = `_${tenantId}`;
  const segments = trimmed.split('.');
  const own = segments[0] === tenantRoot ? segments.slice(1) : segments;
  if (own.length === 0) return reason('wizards.schema.field.nameRequired');
  for (const segment of own) {
    if (segment === '') return reason('wizards.schema.field.nameEmptySegment');
    if (segment.startsWith('_'))
      return reason('wizards.schema.field.nameUnderscore', { segment, tenant: tenantRoot });
    if (!SEGMENT.test(segment)) return reason('wizards.schema.field.nameCharacters', { segment });
  }
  return undefined;
}

/** Step 1: a class, and a title no other schema of the sandbox has (titles are unique). */
export function classStepReasons(
  state: Pick<SchemaWizardState, 'classChoice' | 'title'>,
  schemas: readonly SchemaView[],
  ownId: string | undefined,
): Reason[] {
  const reasons: Reason[] = [];
  if (!state.classChoice) reasons.push(reason('wizards.schema.class.required'));
  const title = state.title.trim();
  if (!title) reasons.push(reason('wizards.schema.title.required'));
  else if (schemas.some((s) => s.$id !== ownId && s.title.toLowerCase() === title.toLowerCase())) {
    reasons.push(reason('wizards.schema.title.taken', { title }));
  }
  return reasons;
}

/** Step 3: nothing typed into the field form that was never added. */
export function customFieldsStepReasons(form: FieldForm): Reason[] {
  return form.name.trim() ? [reason('wizards.schema.field.pending', { name: form.name.trim() })] : [];
}

/** Step 4: a primary identity (or identityMap, which carries it per record), and nothing left unadded. */
export function identityStepReasons(form: IdentityForm, schema: SchemaDetail | undefined): Reason[] {
  const reasons: Reason[] = [];
  if (form.path) reasons.push(reason('wizards.schema.identity.pending', { path: form.path }));
  if (schema && !primaryIdentity(schema) && !hasIdentityMap(schema))
    reasons.push(reason('wizards.schema.identity.primaryRequired'));
  return reasons;
}

export function hasIdentityMap(schema: SchemaDetail): boolean {
  return schema.fields.some((f) => f.path === 'identityMap');
}

/** One identity descriptor of the draft, as the wizard lists it. */
export interface IdentityEntry {
  /** Dotted path (`personalEmail.address`). */
  path: string;
  namespace: string;
  isPrimary: boolean;
  /** False when the field left the schema (e.g. its field group was removed): the checklist turns red. */
  isInSchema: boolean;
}

/** The schema's identity descriptors, primary first. */
export function identities(schema: SchemaDetail): IdentityEntry[] {
  const paths = new Set(schema.fields.map((f) => f.path));
  return schema.identities
    .map((d) => {
      const path = d['xdm:sourceProperty'].replace(/^\//, '').split('/').join('.');
      return {
        path,
        namespace: d['xdm:namespace'],
        isPrimary: d['xdm:isPrimary'],
        isInSchema: paths.has(path),
      };
    })
    .sort((a, b) => Number(b.isPrimary) - Number(a.isPrimary) || a.path.localeCompare(b.path));
}

export function primaryIdentity(schema: SchemaDetail): IdentityEntry | undefined {
  return identities(schema).find((entry) => entry.isPrimary);
}

/** Fields that can be identities: strings (or string enums) outside arrays and maps. */
export function identityCandidates(schema: SchemaDetail): SchemaField[] {
  return schema.fields.filter(
    (f) => (f.xdmType === 'string' || f.xdmType === 'enum') && !/\[\]|\{\}/.test(f.path),
  );
}

/** Custom fields: everything under `_{tenantId}` except the tenant object itself. */
export function customFields(schema: SchemaDetail, tenantId: string): SchemaField[] {
  const prefix = `_${tenantId}.`;
  return schema.fields.filter((f) => f.path.startsWith(prefix));
}

/** Library field groups to add to and remove from the draft so it matches the chosen list. */
export function fieldGroupChanges(
  chosen: readonly ChosenGroup[],
  schema: SchemaDetail,
): { add: string[]; remove: string[] } {
  const present = schema.fieldGroups.filter((g) => !g.isTenant).map((g) => g.$id);
  const wanted = chosen.map((g) => g.id);
  return {
    add: wanted.filter((id) => !present.includes(id)),
    remove: present.filter((id) => !wanted.includes(id)),
  };
}
