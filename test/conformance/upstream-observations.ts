import type { JournalEntry, SimFault, SimProvider } from '../../sim/index.js';
import { abortPropagationLimitMs } from './conformance-fixtures.js';
import { check, checkEqual, show } from './conformance-assert.js';
import type { ConformanceRig } from './conformance-rig.js';

/** Every provider failing on every request: the router has nowhere left to go. */
export function failEveryUpstream(rig: ConformanceRig): void {
  const fault: SimFault = { kind: 'error', status: 503, count: Infinity };
  for (const upstream of rig.upstreams) upstream.setFaults([fault]);
}

/** The mid-stream fault: two content chunks, then the socket is destroyed. */
export const midStreamDisconnect: SimFault = { kind: 'disconnect', afterChunks: 2 };

/** The only request `upstream` received since the last reset. */
export function onlyRequest(upstream: SimProvider, what: string): JournalEntry {
  checkEqual(
    upstream.requestCount,
    1,
    `${what}: requests the ${upstream.dialect} upstream received`,
  );
  const entry = upstream.journal[0];
  check(entry !== undefined, `${what}: the ${upstream.dialect} journal is empty`);
  return entry;
}

/** Asserts no provider was called (requests rejected before routing). */
export function checkNoUpstreamCalled(rig: ConformanceRig, what: string): void {
  checkEqual(rig.upstreamRequests(), 0, `${what}: requests that reached a provider`);
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Waits until the upstream's only request records the client going away, then asserts it
 * happened within {@link abortPropagationLimitMs} of the client's abort.
 */
export async function checkUpstreamCancelled(
  upstream: SimProvider,
  abortedAt: number,
): Promise<void> {
  const entry = onlyRequest(upstream, 'client abort');
  check(entry.stream, `client abort: the upstream request was not a stream (${show(entry.path)})`);
  const deadline = Date.now() + 1000;
  while (entry.clientAbortedAt === undefined && Date.now() < deadline) await sleep(5);
  const seenAt = entry.clientAbortedAt;
  check(
    seenAt !== undefined,
    'client abort: the upstream request was never cancelled (no clientAbortedAt after 1 s)',
  );
  const delay = seenAt - abortedAt;
  check(
    delay <= abortPropagationLimitMs,
    `client abort: the upstream saw the cancellation ${delay} ms after the client aborted (limit ${abortPropagationLimitMs} ms)`,
  );
}
