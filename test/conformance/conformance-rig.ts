import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Environment } from '../../src/config/index.js';
import {
  startSimulator,
  type SimDialect,
  type SimProvider,
  type Simulator,
} from '../../sim/index.js';
import { startEnvGateway, type EnvGateway } from '../helpers/start-env-gateway.js';
import { providerKeys, testServiceKey } from '../helpers/test-gateway.js';
import { providerRows, type ProviderRow } from './conformance-matrix.js';

/** One matrix row as the checks see it: where to send requests and which upstream serves them. */
export interface CellTarget {
  readonly row: ProviderRow;
  /** The simulator dialect behind the row; the simulated reply text names it. */
  readonly simDialect: SimDialect;
  /** `provider/model`, addressing exactly this provider. */
  readonly model: string;
  /** A gateway over zero-latency upstreams. */
  readonly url: string;
  readonly upstream: SimProvider;
  /** A gateway over upstreams that stream a chunk every 20 ms (client-abort checks). */
  readonly slowUrl: string;
  readonly slowUpstream: SimProvider;
  /** A new gateway over the zero-latency upstream for this row, with extra settings; the caller closes it. */
  startGateway(env: Environment): Promise<EnvGateway>;
}

export interface ConformanceRig {
  readonly serviceKey: string;
  cell(row: ProviderRow): CellTarget;
  /** Every zero-latency simulated provider. */
  readonly upstreams: readonly SimProvider[];
  /** Chat requests the zero-latency providers received since the last reset. */
  upstreamRequests(): number;
  /** Clears faults and journals on every simulated provider. */
  reset(): void;
  close(): Promise<void>;
}

/** Providers the seed's environment variables configure, with their variable prefix. */
const envProviders = [
  ['gemini', 'GEMINI'],
  ['groq', 'GROQ'],
  ['openrouter', 'OPENROUTER'],
  ['openai', 'OPENAI'],
  ['anthropic', 'ANTHROPIC'],
] as const;

const simDialectOf: Readonly<Record<ProviderRow, SimDialect>> = {
  openai: 'openai',
  anthropic: 'anthropic',
  gemini: 'gemini',
  groq: 'groq',
  openrouter: 'openrouter',
  'openai-compatible': 'ollama',
};

/** The generic OpenAI-compatible dialect is configured through the YAML file (`GATEWAY_CONFIG`). */
const localProviderId = 'ollama';
const configFileText = `providers:
  - id: ${localProviderId}
    dialect: openai-compatible
    base_url: \${CONFORMANCE_OLLAMA_BASE_URL}
    models: [llama3.2]
`;

const simDialects: readonly SimDialect[] = [...new Set(Object.values(simDialectOf))];
/** Generous: every check of a surface shares one client IP; only the 429 check sets a limit. */
const unlimited = '1000000/minute';
const slowLatency = { firstTokenMs: 0, chunkIntervalMs: 20 } as const;

/** Which gateway serves a row: the named providers' (environment) or the local server's (file). */
type GatewayKind = 'named' | 'local';

function kindOf(row: ProviderRow): GatewayKind {
  return row === 'openai-compatible' ? 'local' : 'named';
}

function providerIdOf(row: ProviderRow): string {
  return row === 'openai-compatible' ? localProviderId : row;
}

/** Environment for a gateway of `kind` over `simulator`. */
function envFor(
  kind: GatewayKind,
  simulator: Simulator,
  configFile: string,
): Record<string, string> {
  if (kind === 'local') {
    return {
      GATEWAY_CONFIG: configFile,
      CONFORMANCE_OLLAMA_BASE_URL: simulator.provider('ollama').baseUrl,
      RATE_LIMIT: unlimited,
    };
  }
  const env: Record<string, string> = {
    PROVIDER_ORDER: envProviders.map(([id]) => id).join(','),
    RATE_LIMIT: unlimited,
  };
  for (const [id, prefix] of envProviders) {
    env[`${prefix}_API_KEY`] = providerKeys[id];
    env[`${prefix}_BASE_URL`] = simulator.provider(id).baseUrl;
  }
  return env;
}

function modelOf(gateway: EnvGateway, row: ProviderRow): string {
  const id = providerIdOf(row);
  const model = gateway.config.providers.find((provider) => provider.id === id)?.models[0]?.id;
  if (model === undefined)
    throw new Error(`the gateway for ${row} has no ${id} provider configured`);
  return `${id}/${model}`;
}

/**
 * The upstreams and gateways one surface's checks share: two simulators (zero latency, and a
 * chunk every 20 ms), each behind a gateway configured from environment variables for the five
 * named providers and one configured from a `GATEWAY_CONFIG` file for the generic
 * OpenAI-compatible dialect (an Ollama server).
 */
export async function startConformanceRig(): Promise<ConformanceRig> {
  const apiKeys = Object.fromEntries(envProviders.map(([id]) => [id, providerKeys[id]]));
  const directory = await mkdtemp(join(tmpdir(), 'conformance-'));
  const configFile = join(directory, 'gateway.yaml');
  const simulators: Simulator[] = [];
  const gateways: EnvGateway[] = [];
  const close = async (): Promise<void> => {
    await Promise.all(gateways.map((gateway) => gateway.close()));
    await Promise.all(simulators.map((simulator) => simulator.close()));
    await rm(directory, { recursive: true, force: true });
  };
  try {
    await writeFile(configFile, configFileText);
    const fast = await startSimulator(simDialects, { apiKeys });
    simulators.push(fast);
    const slow = await startSimulator(simDialects, { apiKeys, latency: slowLatency });
    simulators.push(slow);
    const shared = new Map<string, EnvGateway>();
    for (const [name, kind, simulator] of [
      ['fast named', 'named', fast],
      ['fast local', 'local', fast],
      ['slow named', 'named', slow],
      ['slow local', 'local', slow],
    ] as const) {
      const gateway = await startEnvGateway(envFor(kind, simulator, configFile));
      gateways.push(gateway);
      shared.set(name, gateway);
    }
    const gatewayOf = (name: string): EnvGateway => {
      const gateway = shared.get(name);
      if (gateway === undefined) throw new Error(`no ${name} gateway`);
      return gateway;
    };

    const cells = new Map<ProviderRow, CellTarget>();
    for (const row of providerRows) {
      const kind = kindOf(row);
      const gateway = gatewayOf(`fast ${kind}`);
      const simDialect = simDialectOf[row];
      cells.set(row, {
        row,
        simDialect,
        model: modelOf(gateway, row),
        url: gateway.url,
        upstream: fast.provider(simDialect),
        slowUrl: gatewayOf(`slow ${kind}`).url,
        slowUpstream: slow.provider(simDialect),
        startGateway: (env) => startEnvGateway({ ...envFor(kind, fast, configFile), ...env }),
      });
    }
    const upstreams = [...fast.providers.values()];
    const everyUpstream = [...upstreams, ...slow.providers.values()];

    return {
      serviceKey: testServiceKey,
      upstreams,
      cell(row) {
        const cell = cells.get(row);
        if (cell === undefined) throw new Error(`no cell for ${row}`);
        return cell;
      },
      upstreamRequests: () => upstreams.reduce((sum, upstream) => sum + upstream.requestCount, 0),
      reset() {
        for (const upstream of everyUpstream) {
          upstream.clearFaults();
          upstream.clearJournal();
        }
      },
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
