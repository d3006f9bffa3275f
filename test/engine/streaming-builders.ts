// Builders for streaming tests: a Profile-enabled CRM dataset with an inlet, and the messages a producer sends.
import type { EngineClient } from '../../shared/contract';
import { crmSchema, dataset } from './profile/world';
import { PERSONAL_CONTACT, sandbox } from './registry/builders';

/** The "CRM" schema (Personal Contact Details, primary identity Email) and a dataset "crm" on it, enabled for Profile. */
export async function streamingDataset(client: EngineClient) {
  const schema = await crmSchema(client, 'CRM', { fieldGroupIds: [PERSONAL_CONTACT], phone: false });
  return { schema, dataset: await dataset(client, 'crm', schema) };
}

/** A streaming message: one XDM entity for a dataset on a schema, with `extra` header fields. */
export function envelope(
  schemaId: string,
  datasetId: string,
  entity: unknown,
  extra: Record<string, unknown> = {},
) {
  const schemaRef = () => ({ id: schemaId, contentType: 'application/vnd.adobe.xed-full+json;version=1' });
  return {
    header: { schemaRef: schemaRef(), datasetId, ...extra },
    body: { xdmMeta: { schemaRef: schemaRef() }, xdmEntity: entity },
  };
}

/**
 * The streaming dataset and an inlet "CRM stream"; `message` wraps an XDM entity in the envelope for that
 * dataset, with `extra` header fields.
 */
export async function streamingSetup(client: EngineClient) {
  const { schema, dataset: crm } = await streamingDataset(client);
  const inlet = await client.call('streaming-inlet-create', { sandbox, name: 'CRM stream' });
  const message = (entity: unknown, extra: Record<string, unknown> = {}) =>
    envelope(schema.$id, crm.id, entity, extra);
  return { schema, dataset: crm, inlet, message };
}
