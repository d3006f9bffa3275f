import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, ensureCliBuilt, tempDir } from './cli-harness';

beforeAll(() => ensureCliBuilt(), 120_000);

describe('profile-stager CLI: schema registry and validate', { timeout: 120_000 }, () => {
  it('creates a Profile schema with an email primary identity, enables it, shows the union, validates JSON Lines', async () => {
    const dir = tempDir();
    const snap = join(dir, 'reg.snap');
    const s = ['--snapshot', snap, '--save'];
    const created = await cli([
      'schema',
      'create',
      '--title',
      'CRM',
      '--class',
      'XDM Individual Profile',
      '--field-group',
      'Personal Contact Details',
      '--identity',
      'personalEmail.address=Email:primary',
      '--json',
      ...s,
    ]);
    expect(created.code).toBe(0);
    expect(JSON.parse(created.stdout)).toMatchObject({
      title: 'CRM',
      version: '1.0',
      isProfileEnabled: false,
    });

    const locks = await cli(['schema', 'locks', 'CRM', '--snapshot', snap]);
    expect(locks.stdout).toContain('[x] Primary identity: personalEmail.address (Email).');
    expect(locks.stdout).toContain('never be disabled');

    expect((await cli(['schema', 'enable', 'CRM', ...s])).code).toBe(0);
    const union = JSON.parse(
      (await cli(['schema', 'union', '_xdm.context.profile', '--json', '--snapshot', snap])).stdout,
    );
    expect(union.schemas.map((m: { title: string }) => m.title)).toEqual(['CRM']);

    const file = join(dir, 'people.jsonl');
    writeFileSync(
      file,
      '{"personalEmail":{"address":"a@example.com"}}\n{"personalEmail":{"address":"b@example.com"},"extra":true}\n',
    );
    const batch = await cli(['validate', '--schema', 'CRM', file, '--snapshot', snap]);
    expect(batch.code).toBe(0);
    expect(batch.stdout).toContain('2 records, 2 valid, 0 invalid (batch mode)');
    const streaming = await cli([
      'validate',
      '--schema',
      'CRM',
      '--mode',
      'streaming',
      '--json',
      file,
      '--snapshot',
      snap,
    ]);
    expect(streaming.code).toBe(1);
    const lines = streaming.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toEqual([
      { record: 1, valid: true, errors: [] },
      {
        record: 2,
        valid: false,
        errors: [
          {
            keyword: 'additionalProperties',
            pointerToViolation: '#',
            schemaLocation: '#',
            message: 'extraneous key [extra] is not permitted',
          },
        ],
      },
    ]);
  });

  it('every refusal says which rule was broken and how to fix it', async () => {
    const dir = tempDir();
    const snap = join(dir, 'reg.snap');
    await cli([
      'schema',
      'create',
      '--title',
      'NoId',
      '--class',
      'XDM Individual Profile',
      '--field-group',
      'Personal Contact Details',
      '--snapshot',
      snap,
      '--save',
    ]);
    const refused = await cli(['schema', 'enable', 'NoId', '--snapshot', snap]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('no primary identity');
    expect(refused.stderr).toContain('Fix:');
    const badIdentity = await cli([
      'schema',
      'set-identity',
      'NoId',
      'personalEmail.address',
      '--snapshot',
      snap,
    ]);
    expect(badIdentity.code).toBe(2);
    expect(badIdentity.stderr).toContain('PATH=NAMESPACE');
  });

  it('creates from a platform POST body and manages custom fields and namespaces', async () => {
    const dir = tempDir();
    const snap = join(dir, 'reg.snap');
    const s = ['--snapshot', snap, '--save'];
    const body = join(dir, 'schema.json');
    writeFileSync(
      body,
      JSON.stringify({
        type: 'object',
        title: 'Loyalty members',
        allOf: [
          { $ref: 'https://ns.adobe.com/xdm/context/profile' },
          { $ref: 'https://ns.adobe.com/xdm/mixins/profile/profile-loyalty-details' },
        ],
      }),
    );
    expect((await cli(['schema', 'create', '--body', body, ...s])).code).toBe(0);
    const field = await cli([
      'schema',
      'add-field',
      'Loyalty members',
      'crmId',
      '--type',
      'string',
      '--json',
      ...s,
    ]);
    expect(JSON.parse(field.stdout).fields.map((f: { path: string }) => f.path)).toContain('_stager.crmId');
    expect(
      (
        await cli([
          'namespace',
          'create',
          '--symbol',
          'CRMID',
          '--name',
          'CRM ID',
          '--type',
          'CROSS_DEVICE',
          ...s,
        ])
      ).code,
    ).toBe(0);
    const identity = await cli([
      'schema',
      'set-identity',
      'Loyalty members',
      '_stager.crmId=crmid:primary',
      '--json',
      ...s,
    ]);
    expect(JSON.parse(identity.stdout).identities[0]).toMatchObject({
      'xdm:namespace': 'CRMID',
      'xdm:isPrimary': true,
    });
    const namespaces = JSON.parse((await cli(['namespace', 'list', '--json', '--snapshot', snap])).stdout);
    expect(namespaces.find((n: { code: string }) => n.code === 'CRMID')).toMatchObject({ isStandard: false });
    const library = JSON.parse(
      (await cli(['schema', 'library', '--kind', 'fieldgroup', '--search', 'loyalty details', '--json']))
        .stdout,
    );
    expect(library.map((e: { $id: string }) => e.$id)).toContain(
      'https://ns.adobe.com/xdm/mixins/profile/profile-loyalty-details',
    );
  });
});
