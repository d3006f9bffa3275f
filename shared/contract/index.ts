// Public surface of the contract: method and event maps, error model, client, server, transports.
export * from './errors';
export * from './events';
export * from './methods';
export * from './sandbox-types';
export * from './client';
export * from './server';
export * from './wire';
export { messagePortEndpoint, type PortLike } from './transports/message-port';
export { inProcessPair } from './transports/in-process';
export type { DesktopApi } from './desktop-api';
export * from './registry-types';
export * from './catalog-types';
export * from './identity-types';
export * from './profile-types';
export * from './streaming-types';
