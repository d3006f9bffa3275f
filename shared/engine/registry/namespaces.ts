// Identity namespaces: the platform's standard ones and a sandbox's custom ones (SPEC §5.1).
import type Dexie from 'dexie';
import { EngineError } from '../../contract/errors';
import { IDENTITY_TYPES, type IdentityType, type NamespaceInfo } from '../../contract/registry-types';

/** Standard namespaces every sandbox has. Numeric ids as the preview reports show them where known. */
export const STANDARD_NAMESPACES: readonly NamespaceInfo[] = [
  { code: 'AdCloud', name: 'AdCloud', type: 'COOKIE', id: 411, isStandard: true },
  { code: 'AAID', name: 'Adobe Analytics (Legacy ID)', type: 'COOKIE', id: 10, isStandard: true },
  { code: 'IDFA', name: 'Apple IDFA (ID for Advertisers)', type: 'DEVICE', id: 20915, isStandard: true },
  { code: 'APNS', name: 'Apple Push Notification service', type: 'DEVICE', id: 20920, isStandard: true },
  { code: 'ECID', name: 'ECID', type: 'COOKIE', id: 4, isStandard: true },
  { code: 'Email', name: 'Email', type: 'EMAIL', id: 6, isStandard: true },
  { code: 'Email_LC_SHA256', name: 'Emails (SHA256, lowercased)', type: 'EMAIL', id: 11, isStandard: true },
  { code: 'FCM', name: 'Firebase Cloud Messaging', type: 'DEVICE', id: 20919, isStandard: true },
  { code: 'GAID', name: 'Google Ad ID (GAID)', type: 'DEVICE', id: 20914, isStandard: true },
  { code: 'Phone', name: 'Phone', type: 'PHONE', id: 7, isStandard: true },
  { code: 'PHONE_E.164', name: 'Phone (E.164)', type: 'PHONE', id: 16, isStandard: true },
  { code: 'Phone_SHA256', name: 'Phone (SHA256)', type: 'PHONE', id: 15, isStandard: true },
  { code: 'Phone_SHA256_E.164', name: 'Phone (SHA256_E.164)', type: 'PHONE', id: 17, isStandard: true },
  { code: 'TNTID', name: 'TNTID', type: 'COOKIE', id: 9, isStandard: true },
  { code: 'WAID', name: 'Windows AID', type: 'DEVICE', id: 8, isStandard: true },
];

const SYMBOL = /^[A-Za-z][A-Za-z0-9_.-]{0,63}$/;
const FIRST_CUSTOM_ID = 100_000;

interface StoredNamespace extends NamespaceInfo {
  createdAt: string;
}

/** Every namespace of the sandbox, standard first. */
export async function listNamespaces(db: Dexie): Promise<NamespaceInfo[]> {
  const custom = (await db.table('namespaces').toArray()) as StoredNamespace[];
  custom.sort((a, b) => a.code.localeCompare(b.code));
  return [...STANDARD_NAMESPACES, ...custom.map(({ createdAt: _createdAt, ...rest }) => rest)];
}

/** Finds a namespace by code, case-insensitively (`email` = `Email`, as in the platform's examples). */
export async function findNamespace(db: Dexie, code: string): Promise<NamespaceInfo | undefined> {
  const lower = code.toLowerCase();
  return (await listNamespaces(db)).find((ns) => ns.code.toLowerCase() === lower);
}

/** Like findNamespace, but an unknown code is an error that says how to create it. */
export async function requireNamespace(db: Dexie, code: string): Promise<NamespaceInfo> {
  const found = await findNamespace(db, code);
  if (!found) {
    throw new EngineError(
      'not-found',
      `Identity namespace "${code}" does not exist in this sandbox. Use a standard one (Email, ECID, Phone, …) or create it: namespace create --symbol ${code} --name "${code}" --type CROSS_DEVICE.`,
    );
  }
  return found;
}

/** Creates a custom namespace; the symbol and display name must be unique. Namespaces cannot be deleted. */
export async function createNamespace(
  db: Dexie,
  input: { code: string; name: string; type: string; description?: string },
  now: string,
): Promise<NamespaceInfo> {
  if (!SYMBOL.test(input.code)) {
    throw new EngineError(
      'invalid-argument',
      `Identity symbol "${input.code}" is not allowed: use letters, digits, "_", "." or "-", starting with a letter (e.g. CRMID).`,
    );
  }
  const name = input.name?.trim();
  if (!name) throw new EngineError('invalid-argument', 'A namespace needs a display name.');
  if (!(IDENTITY_TYPES as readonly string[]).includes(input.type)) {
    throw new EngineError(
      'invalid-argument',
      `Identity type "${input.type}" is not one of ${IDENTITY_TYPES.join(', ')}.`,
    );
  }
  return db.transaction('rw', db.table('namespaces'), async () => {
    const all = await listNamespaces(db);
    const clash = all.find(
      (ns) =>
        ns.code.toLowerCase() === input.code.toLowerCase() || ns.name.toLowerCase() === name.toLowerCase(),
    );
    if (clash) {
      throw new EngineError(
        'already-exists',
        `A namespace with ${clash.code.toLowerCase() === input.code.toLowerCase() ? `symbol "${clash.code}"` : `name "${clash.name}"`} already exists.`,
      );
    }
    const id = FIRST_CUSTOM_ID + (await db.table('namespaces').count());
    const stored: StoredNamespace = {
      code: input.code,
      name,
      type: input.type as IdentityType,
      id,
      isStandard: false,
      ...(input.description ? { description: input.description } : {}),
      createdAt: now,
    };
    await db.table('namespaces').add(stored);
    const { createdAt: _createdAt, ...info } = stored;
    return info;
  });
}
