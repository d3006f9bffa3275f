// Namespace priority (SPEC §5.5): an ExperienceEvent's primary identity is its highest-priority namespace.
import { describe, expect, it } from 'vitest';
import {
  checkIdentityConfig,
  identityConfig,
  primaryIdentityForEvent,
  type IdentityInput,
} from '../../../shared/engine/identity';
import { lookup } from './builders';

const PRIORITY = { CRMID: 1, IDFA: 2, GAID: 3, ECID: 4, AAID: 5 };
const event = (...namespaces: string[]): IdentityInput[] =>
  namespaces.map((namespace) => ({ namespace, id: `${namespace.toLowerCase()}-1` }));

describe('namespace priority for ExperienceEvents', () => {
  it.each([
    [['ECID'], 'ECID'],
    [['ECID', 'IDFA'], 'IDFA'],
    [['CRMID', 'ECID'], 'CRMID'],
    [['CRMID', 'ECID', 'AAID'], 'CRMID'],
    [['CRMID', 'GAID', 'ECID'], 'CRMID'],
  ])('{%s} → %s (SPEC §5.5 example, CRMID 1, IDFA 2, GAID 3, ECID 4, AAID 5)', (namespaces, primary) => {
    expect(primaryIdentityForEvent(event(...namespaces), { namespacePriority: PRIORITY })).toMatchObject({
      identity: { namespace: primary },
      rule: 'namespace-priority',
    });
  });

  it('priority ignores the primary flag and matches codes in any letter case', () => {
    const identities = [
      { namespace: 'ecid', id: 'e', isPrimary: true },
      { namespace: 'crmid', id: 'c' },
    ];
    expect(primaryIdentityForEvent(identities, { namespacePriority: PRIORITY })).toEqual({
      index: 1,
      identity: identities[1],
      rule: 'namespace-priority',
    });
  });

  it('without priorities the event keeps its primary flag, or its only identity', () => {
    const flagged = [
      { namespace: 'ECID', id: 'e' },
      { namespace: 'CRMID', id: 'c', isPrimary: true },
    ];
    expect(primaryIdentityForEvent(flagged, identityConfig())).toMatchObject({
      index: 1,
      rule: 'primary-flag',
    });
    expect(primaryIdentityForEvent(event('ECID'), identityConfig())).toMatchObject({
      index: 0,
      rule: 'only-identity',
    });
    expect(primaryIdentityForEvent(event('ECID', 'Email'), identityConfig())).toBeUndefined();
  });

  it('when none of the event namespaces is ranked, the primary flag decides', () => {
    const identities = [
      { namespace: 'Email', id: 'a' },
      { namespace: 'Phone', id: 'p', isPrimary: true },
    ];
    expect(primaryIdentityForEvent(identities, { namespacePriority: PRIORITY })).toMatchObject({
      index: 1,
      rule: 'primary-flag',
    });
  });

  it('a device or cookie namespace may not outrank a people namespace', () => {
    expect(checkIdentityConfig(identityConfig({ namespacePriority: PRIORITY }), lookup)).toEqual([]);
    expect(checkIdentityConfig(identityConfig({ namespacePriority: { ECID: 1, CRMID: 2 } }), lookup)).toEqual(
      [
        'namespacePriority: ECID (COOKIE) cannot rank above CRMID (CROSS_DEVICE); people identifiers come before devices and cookies.',
      ],
    );
    expect(
      checkIdentityConfig(
        identityConfig({ namespacePriority: { Nope: 1 }, uniqueNamespaces: ['Gone'] }),
        lookup,
      ),
    ).toEqual([
      'uniqueNamespaces: Namespace Code Gone is not registered for this IMS Org.',
      'namespacePriority: Namespace Code Nope is not registered for this IMS Org.',
    ]);
  });
});
