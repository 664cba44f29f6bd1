import { createMemoryStores } from './memory-stores.js';
import { loadConfig, type Environment, type GatewayConfig } from '../../src/config/index.js';
import { createGateway, type Gateway } from '../../src/gateway.js';
import { startSimulator, type Simulator } from '../../sim/index.js';
import { http, type HttpResult } from './http-client.js';
import { createMemoryLog, type MemoryLog } from './memory-log.js';

export const testServiceKey = 'test-service-key-0123456789abcdef';

/**
 * A fake key in a provider's own shape (its prefix, then `length` characters), so that redaction
 * by shape is exercised. Built at run time: the source holds no key-shaped literal for secret
 * scanners to mistake for a real one.
 */
function canaryKey(prefix: string, name: string, length: number): string {
  return prefix + name.padEnd(length, '0');
}

/** Provider keys the simulator expects; canaries that must never appear in a response or a log. */
export const providerKeys = {
  gemini: canaryKey('AIza', 'CanaryGeminiKey', 36),
  groq: canaryKey('gsk_', 'CanaryGroqKey', 50),
  openrouter: canaryKey('sk-or-v1-', 'CanaryOpenRouterKey', 40),
  openai: canaryKey('sk-', 'CanaryOpenAIKey', 45),
  anthropic: canaryKey('sk-ant-', 'CanaryAnthropicKey', 40),
} as const;

const envPrefix: Readonly<Record<string, string>> = {
  gemini: 'GEMINI',
  groq: 'GROQ',
  openrouter: 'OPENROUTER',
  openai: 'OPENAI',
  anthropic: 'ANTHROPIC',
};

export interface TestGateway {
  readonly url: string;
  readonly gateway: Gateway;
  readonly simulator: Simulator;
  readonly log: MemoryLog;
  readonly config: GatewayConfig;
  query(body: unknown, headers?: Record<string, string>): Promise<HttpResult>;
  /** Chat requests the simulated providers received, all dialects together. */
  upstreamCalls(): number;
  close(): Promise<void>;
}

/**
 * A gateway on 127.0.0.1 (ephemeral port) whose providers are simulator listeners reached only
 * through the `*_BASE_URL` variables, configured from an environment exactly as a user would.
 */
export async function startTestGateway(
  dialects: readonly (keyof typeof providerKeys)[] = ['gemini', 'groq', 'openrouter'],
  env: Environment = {},
): Promise<TestGateway> {
  const simulator = await startSimulator(dialects, {
    apiKeys: Object.fromEntries(dialects.map((dialect) => [dialect, providerKeys[dialect]])),
  });
  const providerEnv: Record<string, string> = {};
  for (const dialect of dialects) {
    const prefix = envPrefix[dialect] as string;
    providerEnv[`${prefix}_API_KEY`] = providerKeys[dialect];
    providerEnv[`${prefix}_BASE_URL`] = simulator.provider(dialect).baseUrl;
  }
  const config = loadConfig({
    SERVICE_API_KEY: testServiceKey,
    PROVIDER_ORDER: dialects.join(','),
    ...providerEnv,
    ...env,
  });
  const log = createMemoryLog();
  const gateway = await createGateway(config, {
    logger: log.logger,
    stores: await createMemoryStores(),
  });
  const address = await gateway.app.listen({ host: '127.0.0.1', port: 0 });
  return {
    url: address,
    gateway,
    simulator,
    log,
    config,
    query: (body, headers = { 'x-api-key': testServiceKey }) =>
      http(`${address}/query`, {
        headers: { 'content-type': 'application/json', ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      }),
    upstreamCalls: () =>
      dialects.reduce((sum, dialect) => sum + simulator.provider(dialect).requestCount, 0),
    async close() {
      await gateway.close();
      await simulator.close();
    },
  };
}
