import { driveOpenLoop, type OpenLoopOptions } from './drive-open-loop.js';

/**
 * The open-loop client as a process of its own (`node open-loop-client.js '<options JSON>'`): warms
 * up at the same rate for `warmUpMs`, then writes the measured run's records as one JSON array on
 * stdout. Launched by `driveOpenLoopApart`.
 */
const options = JSON.parse(process.argv[2] ?? '{}') as OpenLoopOptions & { warmUpMs: number };
if (options.warmUpMs > 0) await driveOpenLoop({ ...options, durationMs: options.warmUpMs });
process.stdout.write(JSON.stringify(await driveOpenLoop(options)));
