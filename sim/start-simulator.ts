import { createSimProvider } from './create-sim-provider.js';
import { dialects } from './dialects/registry.js';
import type { SimDialect, SimProvider, Simulator, SimulatorOptions } from './simulator-types.js';

const defaultJournalLimit = 10_000;

/**
 * Starts one loopback listener per dialect, each speaking that provider's real wire format.
 * Close it with `close()` (tests: in `afterAll`).
 */
export async function startSimulator(
  dialectNames: readonly SimDialect[],
  options: SimulatorOptions = {},
): Promise<Simulator> {
  const providers = new Map<SimDialect, SimProvider>();
  for (const name of new Set(dialectNames)) {
    const dialect = dialects[name];
    if (dialect === undefined) throw new TypeError(`Unknown simulator dialect: ${String(name)}`);
    providers.set(
      name,
      createSimProvider({
        dialect,
        host: options.host ?? '127.0.0.1',
        port: options.ports?.[name] ?? 0,
        seed: options.seed ?? 1,
        apiKey: options.apiKeys?.[name],
        models: options.models?.[name],
        latency: options.latency,
        journalLimit: options.journalLimit ?? defaultJournalLimit,
      }),
    );
  }
  const close = async (): Promise<void> => {
    await Promise.all([...providers.values()].map((provider) => provider.stop()));
  };
  const started = await Promise.allSettled(
    [...providers.values()].map((provider) => provider.start()),
  );
  const failure = started.find((result) => result.status === 'rejected');
  if (failure !== undefined) {
    await close();
    throw failure.reason;
  }
  return {
    providers,
    provider(dialect) {
      const provider = providers.get(dialect);
      if (provider === undefined)
        throw new Error(`The simulator was not started with the ${dialect} dialect`);
      return provider;
    },
    close,
  };
}
