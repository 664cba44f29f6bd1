import { createMemoryStores } from './memory-stores.js';
import { loadConfig, type Environment, type GatewayConfig } from '../../src/config/index.js';
import { createGateway, type Gateway } from '../../src/gateway.js';
import { createMemoryLog, type MemoryLog } from './memory-log.js';
import { testServiceKey } from './test-gateway.js';

export interface EnvGateway {
  readonly url: string;
  readonly gateway: Gateway;
  readonly config: GatewayConfig;
  readonly log: MemoryLog;
  close(): Promise<void>;
}

/**
 * A gateway on 127.0.0.1 (ephemeral port) configured only from `env`, exactly as a user would
 * configure it, for upstreams the caller started itself (several gateways over one simulator,
 * simulators with a latency model). `SERVICE_API_KEY` defaults to {@link testServiceKey}.
 */
export async function startEnvGateway(env: Environment): Promise<EnvGateway> {
  const config = loadConfig({ SERVICE_API_KEY: testServiceKey, ...env });
  const log = createMemoryLog();
  const gateway = await createGateway(config, {
    logger: log.logger,
    stores: await createMemoryStores(),
  });
  const url = await gateway.app.listen({ host: '127.0.0.1', port: 0 });
  return { url, gateway, config, log, close: () => gateway.close() };
}
