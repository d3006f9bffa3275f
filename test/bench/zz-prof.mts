import { resolveComposition } from '../../shared/xdm/library.ts';
import { makeProfileRecord } from './validate.bench.ts';
import { scanRecord, identityErrors } from '../../shared/xdm/validate-checks.ts';
import { compileForMode } from '../../shared/xdm/validate-compile.ts';
const resolved = await resolveComposition({ classId: 'https://ns.adobe.com/xdm/context/profile', fieldGroupIds: ['https://ns.adobe.com/xdm/context/profile-person-details','https://ns.adobe.com/xdm/context/profile-personal-details','https://ns.adobe.com/xdm/mixins/profile/profile-loyalty-details','https://ns.adobe.com/xdm/context/identitymap'] });
let s = 1; const next = () => { s = (s * 16807) % 2147483647; return s / 2147483647; };
const recs = Array.from({ length: 100000 }, (_, i) => makeProfileRecord(i, next));
console.log('record bytes', JSON.stringify(recs[0]).length);
const time = (label: string, f: (r: unknown) => unknown) => { for (const r of recs) f(r); const t = performance.now(); for (const r of recs) f(r); console.log(label, Math.round(100000 / (performance.now() - t) * 1000)); };
time('scan', (r) => scanRecord(r, 102400, 64));
const batch = compileForMode(resolved.schema, { mode: 'batch' });
time('ajv batch (allErrors verbose closed)', (r) => batch(r));
const rules = { fields: [], isPrimaryIdentityRequired: true, maxIdentities: 20, maxIdentityLength: 1024 };
time('identity', (r) => identityErrors(r, resolved.schema, rules, new Set()));
time('stringify', (r) => JSON.stringify(r).length);
console.log(identityErrors(recs[0], resolved.schema, rules, new Set()));
import Ajv from 'ajv';
import { prepareSchema } from '../../shared/xdm/validate-compile.ts';
for (const [label, opts, closed] of [['allErrors', { allErrors: true }, true], ['verbose', { verbose: true }, true], ['plain closed', {}, true], ['plain open', {}, false], ['allErrors open', {allErrors: true}, false]] as const) {
  const ajv = new Ajv({ strict: false, allowUnionTypes: true, unicodeRegExp: false, validateSchema: false, ...opts });
  ajv.addFormat('date', () => true); ajv.addFormat('date-time', () => true);
  const f = ajv.compile(closed ? prepareSchema(resolved.schema, 'batch') : resolved.schema);
  time(label, (r) => f(r));
}
