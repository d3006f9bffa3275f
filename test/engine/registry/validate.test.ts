import { describe, expect, it } from 'vitest';
import { testEngine } from '../helpers';
import { crmSchema, sandbox } from './builders';

describe('registry-validate', () => {
  it('judges records in batch and streaming mode with the platform error shape', async () => {
    const { client } = await testEngine();
    const schema = await crmSchema(client);
    const records = [
      { personalEmail: { address: 'jane@example.com' }, person: { name: { firstName: 'Jane' } } },
      { person: { name: { firstName: 'NoEmail' } } },
      { personalEmail: { address: 'x@example.com' }, unknownKey: 1 },
      { personalEmail: { address: 'null' } },
    ];
    const batch = await client.call('registry-validate', {
      sandbox,
      ref: schema.$id,
      records,
      mode: 'batch',
    });
    expect(batch.map((v) => v.valid)).toEqual([true, false, true, false]);
    expect(batch[1]?.errors[0]).toMatchObject({
      keyword: 'required',
      pointerToViolation: '#',
      schemaLocation: '#',
      message: expect.stringContaining('personalEmail'),
    });
    expect(batch[3]?.errors.map((e) => e.code)).toContain('identity-value-blocked');
    const streaming = await client.call('registry-validate', {
      sandbox,
      ref: schema.$id,
      records,
      mode: 'streaming',
    });
    expect(streaming[2]).toMatchObject({
      valid: false,
      errors: [
        expect.objectContaining({
          keyword: 'additionalProperties',
          message: 'extraneous key [unknownKey] is not permitted',
        }),
      ],
    });
  });

  it('refuses a bad mode and oversized requests', async () => {
    const { client } = await testEngine();
    const schema = await crmSchema(client);
    await expect(
      client.call('registry-validate', { sandbox, ref: schema.$id, records: [], mode: 'fast' as never }),
    ).rejects.toMatchObject({ code: 'invalid-argument' });
    await expect(
      client.call('registry-validate', { sandbox, ref: schema.$id, records: new Array(10_001).fill({}) }),
    ).rejects.toThrow(/at most 10000/);
  });
});
