// The local HTTP API inside the desktop app: its settings (port, on/off, a bearer token generated once
// per install) in a 0600 file under userData, and a controller that runs electron/node/http/server.ts
// on 127.0.0.1 with them, reporting port-in-use and other failures to the Settings page.
import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { EngineClient } from '../../shared/contract';
import type { LocalApiError, LocalApiStatus } from '../../shared/contract/desktop-api';
import type { Logger } from '../../shared/util/logger';
import { createApiServer, DEFAULT_PORT, type ApiServer, type ApiServerOptions } from '../node/http/server';

export const SETTINGS_FILE = 'local-api.json';

export interface LocalApiSettings {
  enabled: boolean;
  port: number;
  token: string;
}

/** 32 random bytes, base64url: what a client sends as `Authorization: Bearer <token>`. */
export function newApiToken(): string {
  return randomBytes(32).toString('base64url');
}

export function isValidPort(port: unknown): port is number {
  return typeof port === 'number' && Number.isInteger(port) && port >= 1 && port <= 65535;
}

/**
 * Reads and writes the settings file. The first load creates it with a fresh token; a damaged file is
 * replaced (keeping nothing secret from it) and said so in the log. Writes are atomic (temporary file
 * then rename) and the file is readable by its owner only (0600), also when it was made wider.
 */
export class LocalApiSettingsStore {
  readonly path: string;

  constructor(
    private readonly directory: string,
    private readonly newToken: () => string = newApiToken,
    private readonly log?: Logger,
  ) {
    this.path = join(directory, SETTINGS_FILE);
  }

  async load(): Promise<LocalApiSettings> {
    let text: string | undefined;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    if (text !== undefined) {
      const parsed = parseSettings(text);
      if (parsed) {
        if (process.platform !== 'win32' && ((await stat(this.path)).mode & 0o077) !== 0)
          await chmod(this.path, 0o600);
        return parsed;
      }
      this.log?.warn('local API settings unreadable; starting over with a new token', { path: this.path });
    }
    return this.save({ enabled: true, port: DEFAULT_PORT, token: this.newToken() });
  }

  async save(settings: LocalApiSettings): Promise<LocalApiSettings> {
    await mkdir(this.directory, { recursive: true });
    const temporary = `${this.path}.${process.pid}.tmp`;
    try {
      await writeFile(temporary, `${JSON.stringify(settings, null, 2)}\n`, { mode: 0o600 });
      await rename(temporary, this.path);
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
    return settings;
  }
}

function parseSettings(text: string): LocalApiSettings | undefined {
  try {
    const value = JSON.parse(text) as Partial<LocalApiSettings>;
    if (typeof value.token !== 'string' || value.token.length < 16 || !isValidPort(value.port))
      return undefined;
    return { enabled: value.enabled !== false, port: value.port, token: value.token };
  } catch {
    return undefined;
  }
}

/** The clear message for a listen failure, by its Node error code. */
export function listenError(error: unknown, port: number): LocalApiError {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'EADDRINUSE')
    return {
      code: 'port-in-use',
      message: `Port ${port} on 127.0.0.1 is already in use by another program. Choose another port, or stop the program that uses it.`,
    };
  if (code === 'EACCES' || code === 'EPERM')
    return {
      code: 'no-permission',
      message: `This computer does not allow the app to listen on port ${port}. Choose a port above 1024.`,
    };
  return {
    code: 'failed',
    message: `The local API could not start on port ${port}: ${String((error as Error)?.message ?? error)}`,
  };
}

export interface LocalApiControllerOptions {
  store: LocalApiSettingsStore;
  client: EngineClient;
  log: Logger;
  /** The server factory; production uses electron/node/http/server.ts as `profile-stager serve` does. */
  createServer?: (options: ApiServerOptions) => ApiServer;
}

/**
 * Runs the API as the settings say. Every change (on/off, port, token) stops the running server,
 * saves, and starts it again; the status always says whether it runs and, if not, why.
 */
export class LocalApiController {
  private settings: LocalApiSettings | undefined;
  private server: ApiServer | undefined;
  private url: string | undefined;
  private error: LocalApiError | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly listeners = new Set<(status: LocalApiStatus) => void>();

  constructor(private readonly options: LocalApiControllerOptions) {}

  /** Loads the settings (creating the token on first run) and starts the server when it is on. */
  start(): Promise<LocalApiStatus> {
    return this.serialize(async () => {
      this.settings = await this.options.store.load();
      await this.apply();
    });
  }

  status(): LocalApiStatus {
    const settings = this.settings ?? { enabled: false, port: DEFAULT_PORT, token: '' };
    return {
      enabled: settings.enabled,
      running: this.server !== undefined,
      port: settings.port,
      defaultPort: DEFAULT_PORT,
      token: settings.token,
      ...(this.url ? { url: this.url } : {}),
      ...(this.error ? { error: this.error } : {}),
    };
  }

  configure(change: { enabled?: unknown; port?: unknown }): Promise<LocalApiStatus> {
    return this.serialize(async () => {
      const settings = await this.current();
      if (change.port !== undefined && !isValidPort(change.port)) {
        this.error = {
          code: 'invalid-port',
          message: `The port must be a whole number from 1 to 65535; got "${String(change.port)}".`,
        };
        return;
      }
      if (change.enabled !== undefined && typeof change.enabled !== 'boolean') {
        this.error = { code: 'failed', message: 'On/off must be true or false.' };
        return;
      }
      this.settings = await this.options.store.save({
        ...settings,
        ...(change.port !== undefined ? { port: change.port } : {}),
        ...(change.enabled !== undefined ? { enabled: change.enabled } : {}),
      });
      await this.apply();
    });
  }

  /** A new token; the old one stops working at once (the server restarts with the new one). */
  regenerateToken(): Promise<LocalApiStatus> {
    return this.serialize(async () => {
      const settings = await this.current();
      this.settings = await this.options.store.save({ ...settings, token: newApiToken() });
      await this.apply();
    });
  }

  onStatus(listener: (status: LocalApiStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Drains requests in flight and stops (app quitting). */
  stop(): Promise<LocalApiStatus> {
    return this.serialize(() => this.halt());
  }

  private async current(): Promise<LocalApiSettings> {
    this.settings ??= await this.options.store.load();
    return this.settings;
  }

  private async halt(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    this.url = undefined;
    if (server) await server.close();
  }

  private async apply(): Promise<void> {
    await this.halt();
    this.error = undefined;
    const settings = await this.current();
    if (!settings.enabled) return;
    const server = (this.options.createServer ?? createApiServer)({
      client: this.options.client,
      token: settings.token,
      port: settings.port,
      log: this.options.log,
    });
    try {
      this.url = await server.start();
      this.server = server;
      this.options.log.info('local API listening', { url: this.url });
    } catch (error) {
      await server.close().catch(() => undefined);
      this.error = listenError(error, settings.port);
      this.options.log.warn('local API did not start', { port: settings.port, error: this.error.message });
    }
  }

  private serialize(work: () => Promise<void>): Promise<LocalApiStatus> {
    const run = this.queue.then(work).then(
      () => this.status(),
      (error: unknown) => {
        this.error = { code: 'failed', message: String((error as Error)?.message ?? error) };
        return this.status();
      },
    );
    this.queue = run;
    return run.then((status) => {
      for (const listener of [...this.listeners]) listener(status);
      return status;
    });
  }
}
