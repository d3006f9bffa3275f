// Builders for registry tests: well-known library ids and a sandbox with a CRM schema.
import type { EngineClient, MethodRequest } from '../../../shared/contract';

export const PROFILE = 'https://ns.adobe.com/xdm/context/profile';
export const EVENT = 'https://ns.adobe.com/xdm/context/experienceevent';
export const PERSONAL_CONTACT = 'https://ns.adobe.com/xdm/context/profile-personal-details';
export const DEMOGRAPHIC = 'https://ns.adobe.com/xdm/context/profile-person-details';
export const LOYALTY = 'https://ns.adobe.com/xdm/mixins/profile/profile-loyalty-details';
export const IDENTITY_MAP = 'https://ns.adobe.com/xdm/context/identitymap';
export const COMMERCE = 'https://ns.adobe.com/xdm/context/experienceevent-commerce';
export const WEB = 'https://ns.adobe.com/xdm/context/experienceevent-web';
export const PRODUCT_CLASS = 'https://ns.adobe.com/xdm/classes/product';

export const sandbox = 'prod';

/** Creates a schema of a class with field groups (and identities or Profile enablement in `more`). */
export function schemaOf(
  client: EngineClient,
  title: string,
  classId: string,
  fieldGroupIds: string[],
  more: Pick<MethodRequest<'registry-schema-create'>, 'identities' | 'isProfileEnabled'> = {},
) {
  return client.call('registry-schema-create', { sandbox, title, classId, fieldGroupIds, ...more });
}

/** A CRM profile schema with an Email primary identity, not yet enabled. */
export function crmSchema(client: EngineClient, title = 'CRM Customers') {
  return schemaOf(client, title, PROFILE, [PERSONAL_CONTACT, DEMOGRAPHIC], {
    identities: [{ path: 'personalEmail.address', namespace: 'Email', isPrimary: true }],
  });
}
