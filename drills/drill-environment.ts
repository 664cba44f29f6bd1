import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  FaultProxy,
  startSimulator,
  type SimDialect,
  type SimLatency,
  type SimProvider,
  type Simulator,
} from '../sim/index.js';
import { request } from 'undici';
import { spawnGateway } from './spawn-gateway.js';

export const drillKey = 'drill-service-key-0123456789';

export interface DrillProviderSpec {
  readonly id: string;
  readonly dialect: SimDialect;
  /** Simulated latency of this provider. */
  readonly latency?: SimLatency;
}

export interface DrillProvider {
  readonly id: string;
  readonly sim: SimProvider;
  readonly proxy: FaultProxy;
}

export interface DrillEnvironment {
  readonly url: string;
  readonly providers: ReadonlyMap<string, DrillProvider>;
  /** The gateway's log, parsed. */
  logEntries(): Record<string, unknown>[];
  provider(id: string): DrillProvider;
  /** `GET /metrics`, as text. */
  metrics(): Promise<string>;
  /** `GET /admin/usage` totals (every request of the run, one group per model). */
  usage(): Promise<readonly UsageTotal[]>;
  close(): Promise<void>;
}

export interface UsageTotal {
  readonly requests: number;
  readonly prompt_tokens: number;
  readonly completion_tokens: number;
  readonly cost_usd: number;
}

export const drillAdminKey = 'drill-admin-key-0123456789abcdef';

/**
 * Providers (each its own simulator, behind its own TCP fault proxy) and a gateway configured by a
 * GATEWAY_CONFIG file that reaches them only through the proxies.
 */
export async function startDrillEnvironment(
  specs: readonly DrillProviderSpec[],
  routeYaml: (ids: readonly string[]) => string,
  env: Readonly<Record<string, string>> = {},
): Promise<DrillEnvironment> {
  const simulators: Simulator[] = [];
  const providers = new Map<string, DrillProvider>();
  let yaml = 'providers:\n';
  for (const spec of specs) {
    const simulator = await startSimulator(
      [spec.dialect],
      spec.latency === undefined ? {} : { latency: spec.latency },
    );
    simulators.push(simulator);
    const sim = simulator.provider(spec.dialect);
    const upstream = new URL(sim.baseUrl);
    const proxy = new FaultProxy(upstream.hostname, Number(upstream.port));
    await proxy.start();
    providers.set(spec.id, { id: spec.id, sim, proxy });
    const base = `http://127.0.0.1:${proxy.port}${upstream.pathname}`;
    yaml += `  - { id: ${spec.id}, dialect: ${spec.dialect === 'ollama' ? 'openai-compatible' : spec.dialect}, api_key: drill, base_url: "${base}", models: [{ id: m-${spec.id}, input_per_million_usd: 0.5, output_per_million_usd: 1.5 }] }\n`;
  }
  yaml += routeYaml(specs.map((spec) => spec.id));
  const directory = mkdtempSync(join(tmpdir(), 'gateway-drill-'));
  const file = join(directory, 'gateway.yaml');
  writeFileSync(file, yaml);
  const gateway = await spawnGateway({
    SERVICE_API_KEY: drillKey,
    RATE_LIMIT: '100000000/minute',
    GATEWAY_CONFIG: file,
    SHUTDOWN_GRACE_MS: '1000',
    ADMIN_API_KEY: drillAdminKey,
    ...env,
  });
  const get = async (path: string, headers: Record<string, string> = {}): Promise<string> => {
    const response = await request(`${gateway.url}${path}`, { headers });
    const text = await response.body.text();
    if (response.statusCode !== 200) throw new Error(`${path}: ${String(response.statusCode)}`);
    return text;
  };
  return {
    url: gateway.url,
    providers,
    logEntries: () =>
      gateway.logLines.flatMap((line) => {
        try {
          return [JSON.parse(line) as Record<string, unknown>];
        } catch {
          return [];
        }
      }),
    metrics: () => get('/metrics'),
    usage: async () =>
      (
        JSON.parse(
          await get('/admin/usage?group_by=model', { authorization: `Bearer ${drillAdminKey}` }),
        ) as { rows: UsageTotal[] }
      ).rows,
    provider(id) {
      const found = providers.get(id);
      if (found === undefined) throw new Error(`no drill provider ${id}`);
      return found;
    },
    async close() {
      await gateway.stop();
      for (const provider of providers.values()) await provider.proxy.close();
      for (const simulator of simulators) await simulator.close();
    },
  };
}

/** `circuit breaker open/half-open/closed` lines of the gateway's log, as `lane from>to`. */
export function breakerTransitions(entries: readonly Record<string, unknown>[]): string[] {
  return entries
    .filter((entry) => String(entry.msg).startsWith('circuit breaker'))
    .map((entry) => `${String(entry.lane)} ${String(entry.from)}>${String(entry.to)}`);
}
