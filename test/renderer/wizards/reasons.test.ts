// Wizard reasons: made only by reason(), which checks keys and placeholders like t(); usable in `?:` over the whole
// catalogue (the union type this replaced failed there with TS2590); translated with their placeholders.
import { describe, expect, it } from 'vitest';
import { translator } from '../../../renderer/i18n/translate';
import { reason, translateReason, type Reason } from '../../../renderer/wizards/common/reasons';

describe('wizard reasons', () => {
  it('are checked like t() and translated with their placeholders', () => {
    const en = translator('en');
    const nl = translator('nl');
    const taken = reason('wizards.dataset.name.taken', { name: 'CRM' });
    expect(translateReason(en, taken)).toBe('A dataset named “CRM” already exists in this sandbox.');
    expect(translateReason(nl, taken)).toBe(nl('wizards.dataset.name.taken', { name: 'CRM' }));
    expect(translateReason(en, reason('wizards.dataset.name.required'))).toBe('Give the dataset a name.');

    // Type-level checks (tsc -b fails if any of these compiles).
    // @ts-expect-error a key that is not in the catalogue
    reason('wizards.dataset.name.nope');
    // @ts-expect-error the message has a placeholder, so its params are required
    reason('wizards.dataset.name.taken');
    // @ts-expect-error the wrong placeholder
    reason('wizards.dataset.name.taken', { title: 'CRM' });
    // @ts-expect-error a Reason comes only from reason(), never from an object literal
    const forged: Reason = { key: 'wizards.dataset.name.required' };
    expect(forged.key).toBe('wizards.dataset.name.required');
  });

  it('can be chosen between in conditional expressions', () => {
    const pick = (isTaken: boolean, name: string): Reason | undefined =>
      !name
        ? reason('wizards.dataset.name.required')
        : isTaken
          ? reason('wizards.dataset.name.taken', { name })
          : undefined;
    expect(pick(false, '')?.key).toBe('wizards.dataset.name.required');
    expect(pick(true, 'CRM')?.params).toEqual({ name: 'CRM' });
    expect(pick(false, 'CRM') ?? reason('wizards.dataset.choose.schemaRequired')).toEqual({
      key: 'wizards.dataset.choose.schemaRequired',
    });
  });
});
