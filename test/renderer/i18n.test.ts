// The message catalogues: Dutch covers every English message with the same placeholders; formatting per locale.
import { describe, expect, it } from 'vitest';
import { en } from '../../renderer/i18n/en';
import { nl } from '../../renderer/i18n/nl';
import { translator } from '../../renderer/i18n/translate';

const placeholders = (message: string | { one: string; other: string }) =>
  [...(typeof message === 'string' ? message : message.other).matchAll(/\{(\w+)\}/g)]
    .map((match) => match[1])
    .sort();

describe('message catalogues', () => {
  it('have the same keys, no empty text, and the same placeholders', () => {
    expect(Object.keys(nl).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(placeholders(nl[key]), key).toEqual(placeholders(en[key]));
      expect(JSON.stringify(nl[key]).length, key).toBeGreaterThan(2);
    }
  });

  it('fills placeholders and picks the plural form by count', () => {
    const t = translator('en');
    expect(t('sandbox.reset.title', { title: 'Dev' })).toBe('Reset sandbox “Dev”?');
    expect(t('sandbox.reset.rows', { count: 1 })).toBe('It holds 1 stored row, which will be lost.');
    expect(t('sandbox.reset.rows', { count: 1234 })).toBe(
      'It holds 1,234 stored rows, which will all be lost.',
    );
  });

  it('formats numbers the Dutch way in Dutch', () => {
    expect(translator('nl')('sandbox.reset.rows', { count: 1234 })).toBe(
      'Er zijn 1.234 rijen opgeslagen; die gaan allemaal verloren.',
    );
  });
});
