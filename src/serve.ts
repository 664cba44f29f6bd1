import { randomBytes } from 'node:crypto';
import { startSimulator, type Simulator } from '../sim/index.js';
import { demoProviderIds, withDemoUpstreams, type GatewayConfig } from './config/index.js';
import { createGateway, type Gateway } from './gateway.js';

export interface ServeOutput {
  /** Human-facing lines (the banner); the JSON log goes to stdout separately. */
  readonly print: (line: string) => void;
}

export interface RunningGateway {
  readonly gateway: Gateway;
  readonly address: string;
  readonly simulator: Simulator | undefined;
  stop(): Promise<void>;
}

function generateServiceKey(): string {
  return `lsg_demo_${randomBytes(24).toString('base64url')}`;
}

/**
 * Starts the gateway as `llm-gateway serve` does: in demo mode (no provider keys) the built-in
 * simulator becomes the upstreams, and a missing `SERVICE_API_KEY` is generated and printed once.
 */
export async function serve(loaded: GatewayConfig, output: ServeOutput): Promise<RunningGateway> {
  let config = loaded;
  let simulator: Simulator | undefined;
  const generatedKey = config.serviceApiKey === undefined ? generateServiceKey() : undefined;
  const serviceApiKey = config.serviceApiKey ?? generatedKey ?? generateServiceKey();
  if (config.demo) {
    simulator = await startSimulator([...demoProviderIds], {
      latency: { firstTokenMs: 150, chunkIntervalMs: 20 },
    });
    const baseUrls: Record<string, string> = {};
    for (const id of demoProviderIds) baseUrls[id] = simulator.provider(id).baseUrl;
    config = withDemoUpstreams(config, baseUrls, serviceApiKey);
  } else {
    config = { ...config, serviceApiKey };
  }

  const gateway = await createGateway(config);
  const address = await gateway.app.listen({ host: config.server.host, port: config.server.port });

  if (config.demo) {
    gateway.logger.warn(
      { mode: 'demo', providers: config.providers.map((provider) => provider.id) },
      'DEMO MODE: no provider keys are configured, answers come from the built-in simulator',
    );
  }
  if (generatedKey !== undefined) {
    gateway.logger.warn(
      {},
      'SERVICE_API_KEY was not set: a key was generated for this run and printed once on stderr',
    );
  }
  const port = new URL(address).port;
  const lines = [
    '',
    `LLM Secure Gateway listening on ${address}`,
    ...(config.demo
      ? [
          '',
          '*** DEMO MODE: no provider keys configured. Answers come from the built-in provider simulator. ***',
          'To use real providers, set one or more of GEMINI_API_KEY, GROQ_API_KEY, OPENROUTER_API_KEY,',
          'OPENAI_API_KEY or ANTHROPIC_API_KEY (see README.md, "Configuration") and restart.',
        ]
      : []),
    ...(generatedKey !== undefined
      ? [
          '',
          'SERVICE_API_KEY was not set; generated for this run (shown once):',
          `  ${generatedKey}`,
        ]
      : []),
    '',
    'Try it:',
    `  curl -s http://127.0.0.1:${port}/query -H 'X-API-Key: ${generatedKey ?? '<your SERVICE_API_KEY>'}' \\`,
    `    -H 'Content-Type: application/json' -d '{"prompt":"Hello, gateway"}'`,
    `Docs: http://127.0.0.1:${port}/docs`,
    '',
  ];
  for (const line of lines) output.print(line);

  return {
    gateway,
    address,
    simulator,
    async stop() {
      await gateway.close();
      await simulator?.close();
    },
  };
}
