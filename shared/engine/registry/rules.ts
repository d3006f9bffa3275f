// Pure rules of the registry: schema evolution (additive only), field-type consistency across a
// sandbox, and the requirements for enabling a schema for Profile (SPEC §1.4–§1.6, §9).
import type {
  BreakingChange,
  IdentityDescriptor,
  NamespaceInfo,
  SchemaCheck,
} from '../../contract/registry-types';
import type { XdmField } from '../../xdm/fields';
import { EVENT_CLASS, PROFILE_CLASS, toDotted } from './model';

const leaf = (path: string) => path.slice(path.lastIndexOf('.') + 1);

/** Every change from `before` to `after` that the platform refuses once a schema is in use. */
export function breakingChanges(before: readonly XdmField[], after: readonly XdmField[]): BreakingChange[] {
  const next = new Map(after.map((f) => [f.path, f]));
  const previous = new Set(before.map((f) => f.path));
  const added = after.filter((f) => !previous.has(f.path));
  const changes: BreakingChange[] = [];
  for (const old of before) {
    const now = next.get(old.path);
    if (!now) {
      const moved = added.find((f) => leaf(f.path) === leaf(old.path) && f.xdmType === old.xdmType);
      changes.push(
        moved
          ? {
              kind: 'moved',
              path: old.path,
              message: `Field "${old.path}" would move to "${moved.path}"; fields cannot be moved once the schema is in use.`,
            }
          : {
              kind: 'removed',
              path: old.path,
              message: `Field "${old.path}" would be removed (or renamed); fields cannot be removed or renamed once the schema is in use.`,
            },
      );
      continue;
    }
    if (now.xdmType !== old.xdmType) {
      changes.push({
        kind: 'retyped',
        path: old.path,
        message: `Field "${old.path}" would change type from ${old.xdmType} to ${now.xdmType}; types cannot change once the schema is in use.`,
      });
    } else if (now.enum && (!old.enum || old.enum.some((v) => !now.enum?.includes(v)))) {
      const lost = old.enum ? old.enum.filter((v) => !now.enum?.includes(v)) : [];
      changes.push({
        kind: 'enum-narrowed',
        path: old.path,
        message: old.enum
          ? `Field "${old.path}" would lose allowed values ${lost.map((v) => JSON.stringify(v)).join(', ')}; allowed values cannot be removed once the schema is in use.`
          : `Field "${old.path}" would be restricted to an enum; values cannot be restricted once the schema is in use.`,
      });
    }
  }
  return changes;
}

/** Fields of `fields` whose type differs from the same path in another schema of the sandbox. */
export function typeConflicts(
  fields: readonly XdmField[],
  others: readonly { title: string; fields: readonly XdmField[] }[],
): string[] {
  const conflicts: string[] = [];
  for (const other of others) {
    const types = new Map(other.fields.map((f) => [f.path, f.xdmType]));
    for (const field of fields) {
      const theirs = types.get(field.path);
      if (theirs && theirs !== field.xdmType && !isEquivalent(theirs, field.xdmType)) {
        conflicts.push(
          `Field "${field.path}" is ${theirs} in schema "${other.title}" and cannot be ${field.xdmType} here: a field path keeps one type across all schemas of the sandbox.`,
        );
      }
    }
  }
  return conflicts;
}

/** An enum is a string with allowed values; the path's data type is the same. */
function isEquivalent(a: string, b: string): boolean {
  const base = (t: string) => (t === 'enum' ? 'string' : t);
  return base(a) === base(b);
}

export interface EnablementInput {
  classId: string;
  classTitle: string;
  descriptors: readonly IdentityDescriptor[];
  fields: readonly XdmField[];
  namespaces: readonly NamespaceInfo[];
}

/** The platform's requirements for enabling a schema for Profile, each met or not and why. */
export function profileRequirements(input: EnablementInput): SchemaCheck[] {
  const checks: SchemaCheck[] = [];
  const isSupported = input.classId === PROFILE_CLASS || input.classId === EVENT_CLASS;
  checks.push({
    rule: 'class',
    isMet: isSupported,
    message: isSupported
      ? `Class ${input.classTitle} can hold Profile data.`
      : `Class ${input.classTitle} cannot be enabled for Profile: only XDM Individual Profile and XDM ExperienceEvent schemas feed Profile.`,
    ...(isSupported ? {} : { fix: 'Create the schema on XDM Individual Profile or XDM ExperienceEvent.' }),
  });

  const primaries = input.descriptors.filter((d) => d['xdm:isPrimary']);
  const hasIdentityMap = input.fields.some((f) => f.path === 'identityMap');
  const primaryMet = primaries.length === 1 || (primaries.length === 0 && hasIdentityMap);
  checks.push({
    rule: 'primary-identity',
    isMet: primaryMet,
    message:
      primaries.length === 1
        ? `Primary identity: ${toDotted(primaries[0]?.['xdm:sourceProperty'] ?? '')} (${primaries[0]?.['xdm:namespace']}).`
        : primaries.length > 1
          ? `The schema has ${primaries.length} primary identities; only one is allowed.`
          : hasIdentityMap
            ? 'Primary identity comes from identityMap: every record must flag one identity "primary": true.'
            : 'The schema has no primary identity.',
    ...(primaryMet
      ? {}
      : {
          fix: 'Mark one string field as primary identity (schema set-identity S personalEmail.address=Email:primary), or add the IdentityMap field group.',
        }),
  });

  const byPath = new Map(input.fields.map((f) => [f.path, f]));
  const codes = new Set(input.namespaces.map((n) => n.code.toLowerCase()));
  const problems: string[] = [];
  for (const d of input.descriptors) {
    const path = toDotted(d['xdm:sourceProperty']);
    const field = byPath.get(path);
    if (!field) problems.push(`identity field "${path}" is not in the schema`);
    else if (field.xdmType !== 'string' && field.xdmType !== 'enum')
      problems.push(`identity field "${path}" is ${field.xdmType}; identities must be strings`);
    if (!codes.has(d['xdm:namespace'].toLowerCase()))
      problems.push(`identity field "${path}" names unknown namespace "${d['xdm:namespace']}"`);
  }
  checks.push({
    rule: 'identity-fields',
    isMet: problems.length === 0,
    message:
      problems.length === 0
        ? `${input.descriptors.length} identity field(s), all strings with known namespaces.`
        : `Identity fields are invalid: ${problems.join('; ')}.`,
    ...(problems.length === 0
      ? {}
      : { fix: 'Point each identity at a string field of the schema and an existing namespace.' }),
  });
  return checks;
}
