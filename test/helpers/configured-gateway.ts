import { createMemoryStores } from './memory-stores.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, type Environment } from '../../src/config/index.js';
import { createGateway, type Gateway } from '../../src/gateway.js';
import {
  startSimulator,
  type SimDialect,
  type Simulator,
  type SimulatorOptions,
} from '../../sim/index.js';
import { http, type HttpResult } from './http-client.js';
import { createMemoryLog, type MemoryLog } from './memory-log.js';
import { testServiceKey } from './test-gateway.js';

export interface ConfiguredGateway {
  readonly url: string;
  readonly gateway: Gateway;
  readonly simulator: Simulator;
  readonly log: MemoryLog;
  chat(
    model: string,
    headers?: Record<string, string>,
    extra?: Record<string, unknown>,
  ): Promise<HttpResult>;
  close(): Promise<void>;
}

/**
 * A gateway configured by a GATEWAY_CONFIG file written from the running simulator's base URLs,
 * for routes with strategies, hedging and key pools.
 */
export async function startConfiguredGateway(
  dialects: readonly SimDialect[],
  yaml: (simulator: Simulator) => string,
  env: Environment = {},
  simulatorOptions: SimulatorOptions = {},
): Promise<ConfiguredGateway> {
  const simulator = await startSimulator(dialects, simulatorOptions);
  const directory = mkdtempSync(join(tmpdir(), 'gateway-test-'));
  const file = join(directory, 'gateway.yaml');
  writeFileSync(file, yaml(simulator));
  const config = loadConfig({
    SERVICE_API_KEY: testServiceKey,
    RATE_LIMIT: '100000/minute',
    GATEWAY_CONFIG: file,
    ...env,
  });
  const log = createMemoryLog();
  const gateway = await createGateway(config, {
    logger: log.logger,
    stores: await createMemoryStores(),
  });
  const url = await gateway.app.listen({ host: '127.0.0.1', port: 0 });
  return {
    url,
    gateway,
    simulator,
    log,
    chat: (model, headers = {}, extra = {}) =>
      http(`${url}/v1/chat/completions`, {
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${testServiceKey}`,
          ...headers,
        },
        body: JSON.stringify({ model, messages: [{ role: 'user', content: 'hello' }], ...extra }),
      }),
    async close() {
      await gateway.close();
      await simulator.close();
    },
  };
}
