/**
 * Runs several gateway replicas behind a round-robin load balancer, as in a scaled-out deployment:
 *
 *   DATABASE_URL=postgres://… REDIS_URL=redis://… GATEWAY_SECRET=… npm run scale-out -- --replicas 4
 *
 * Every replica gets this process's environment (providers, keys, limits) plus its own
 * INSTANCE_ID; the balancer listens on PORT (default 8080). Ctrl-C stops them all.
 */
import { parseArgs } from 'node:util';
import { startRoundRobinBalancer } from '../drills/round-robin-balancer.js';
import { spawnGateway, type GatewayProcess } from '../drills/spawn-gateway.js';

const { values } = parseArgs({ options: { replicas: { type: 'string', default: '4' } } });
const count = Number(values.replicas);
if (!Number.isInteger(count) || count < 1) throw new Error('--replicas must be a positive integer');
if (process.env.DATABASE_URL === undefined || process.env.REDIS_URL === undefined) {
  process.stderr.write(
    'scale-out: set DATABASE_URL and REDIS_URL (and GATEWAY_SECRET), so the replicas share state.\n',
  );
  process.exit(2);
}

const baseEnv: Record<string, string> = {};
for (const [name, value] of Object.entries(process.env)) {
  if (value !== undefined && name !== 'PORT' && name !== 'HOST') baseEnv[name] = value;
}
// The first replica migrates the schema; the others start against it.
const replicas: GatewayProcess[] = [
  await spawnGateway({ ...baseEnv, INSTANCE_ID: 'replica-0' }, { pin: false }),
];
for (let index = 1; index < count; index += 1) {
  replicas.push(
    await spawnGateway({ ...baseEnv, INSTANCE_ID: `replica-${index}` }, { pin: false }),
  );
}
const balancer = await startRoundRobinBalancer(
  replicas.map((replica) => replica.url),
  Number(process.env.PORT ?? 8080),
);
process.stderr.write(
  `${String(count)} replicas (${replicas.map((replica) => replica.url).join(', ')}) behind ${balancer.url}\n`,
);

const stop = async (): Promise<void> => {
  await balancer.close();
  await Promise.all(replicas.map((replica) => replica.stop()));
  process.exit(0);
};
process.once('SIGINT', () => void stop());
process.once('SIGTERM', () => void stop());
