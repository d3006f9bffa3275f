// Builders for streaming tests: a Profile-enabled CRM dataset with an inlet, and the messages a producer sends.
import type { EngineClient } from '../../shared/contract';
import { crmSchema, dataset } from './profile/world';
import { PERSONAL_CONTACT, sandbox } from './registry/builders';

/**
 * The "CRM" schema (Personal Contact Details, primary identity Email), a dataset "crm" on it enabled for
 * Profile, and an inlet "CRM stream"; `message` wraps an XDM entity in the envelope for that dataset, with
 * `extra` header fields.
 */
export async function streamingSetup(client: EngineClient) {
  const schema = await crmSchema(client, 'CRM', { fieldGroupIds: [PERSONAL_CONTACT], phone: false });
  const crm = await dataset(client, 'crm', schema);
  const inlet = await client.call('streaming-inlet-create', { sandbox, name: 'CRM stream' });
  const schemaRef = () => ({ id: schema.$id, contentType: 'application/vnd.adobe.xed-full+json;version=1' });
  const message = (entity: unknown, extra: Record<string, unknown> = {}) => ({
    header: { schemaRef: schemaRef(), datasetId: crm.id, ...extra },
    body: { xdmMeta: { schemaRef: schemaRef() }, xdmEntity: entity },
  });
  return { schema, dataset: crm, inlet, message };
}
