import {
  injectionPrompt,
  plainPrompt,
  rateLimit,
  servedBy,
  disconnectCode,
  wrongKey,
} from './conformance-fixtures.js';
import {
  check,
  checkEqual,
  checkIncludes,
  ConformanceFailure,
  rejectionOf,
  show,
} from './conformance-assert.js';
import { checkErrorEnd } from './sse-transcript.js';
import type { Environment } from '../../src/config/index.js';
import type { CellTarget, ConformanceRig } from './conformance-rig.js';
import type { CellCheck, SharedCheckId } from './surface-checks.js';
import type { SurfaceDriver } from './surface-driver.js';
import {
  checkNoUpstreamCalled,
  checkUpstreamCancelled,
  failEveryUpstream,
  midStreamDisconnect,
} from './upstream-observations.js';

function checkRetryAfter(value: string | null, what: string): void {
  const seconds = Number(value);
  check(
    value !== null && Number.isInteger(seconds) && seconds >= 1 && seconds <= 60,
    `${what}: expected Retry-After in 1..60 seconds, got ${show(value)}`,
  );
}

/**
 * Runs `use` against a new gateway for the cell's row, closed afterwards. Checks that make
 * providers fail use one, so circuit-breaker and retry-budget state never leaks into the gateway
 * the other checks share.
 */
async function withGateway(
  cell: CellTarget,
  env: Environment,
  use: (url: string) => Promise<void>,
): Promise<void> {
  const gateway = await cell.startGateway(env);
  try {
    await use(gateway.url);
  } finally {
    await gateway.close();
  }
}

/**
 * Streams from the slow upstream and aborts through the SDK's signal after two content pieces;
 * returns when the client aborted (`Date.now()`).
 */
async function abortMidStream(
  driver: SurfaceDriver,
  cell: CellTarget,
  rig: ConformanceRig,
): Promise<number> {
  const controller = new AbortController();
  let pieces = 0;
  let abortedAt: number | undefined;
  const onText = (text: string): void => {
    if (text !== '') pieces += 1;
    if (pieces >= 2 && abortedAt === undefined) {
      abortedAt = Date.now();
      controller.abort();
    }
  };
  try {
    await driver.streamText(
      cell.slowUrl,
      rig.serviceKey,
      cell.model,
      plainPrompt,
      onText,
      controller.signal,
    );
  } catch (error) {
    if (!controller.signal.aborted || !driver.isAbortError(error)) throw error;
  }
  check(
    abortedAt !== undefined,
    `client abort: the stream ended after ${pieces} content pieces, before the abort`,
  );
  return abortedAt;
}

/**
 * The checks whose flow is the same on every surface, built on that surface's SDK driver:
 * errors (which the gateway raises before or instead of a provider's answer) and broken or
 * aborted streams.
 */
export function sharedChecks(driver: SurfaceDriver): Readonly<Record<SharedCheckId, CellCheck>> {
  return {
    async unauthorized(cell, rig) {
      const error = await rejectionOf(
        () => driver.ask(cell.url, wrongKey, cell.model, plainPrompt),
        '401',
      );
      driver.checkError(error, { status: 401, code: 'invalid_api_key' }, 'wrong key');
      checkNoUpstreamCalled(rig, 'wrong key');
    },

    async 'rate-limited'(cell, rig) {
      await withGateway(cell, { RATE_LIMIT: rateLimit }, async (url) => {
        for (const attempt of [1, 2]) {
          const text = await driver.ask(url, rig.serviceKey, cell.model, plainPrompt);
          checkIncludes(text, servedBy(cell.simDialect), `request ${attempt} of ${rateLimit}`);
        }
        const error = await rejectionOf(
          () => driver.ask(url, rig.serviceKey, cell.model, plainPrompt),
          `request 3 at ${rateLimit}`,
        );
        const headers = driver.checkError(
          error,
          { status: 429, code: 'rate_limited' },
          `request 3 at ${rateLimit}`,
        );
        // Where the SDK exposes the response headers on its error, Retry-After must be there.
        if (headers !== undefined)
          checkRetryAfter(headers.get('retry-after'), "429: the SDK error's headers");
        // On the wire for every surface, whether or not its SDK shows headers.
        const raw = await driver.rawStream(url, rig.serviceKey, cell.model, plainPrompt);
        checkEqual(raw.status, 429, '429: raw request 4 status');
        checkRetryAfter(raw.headers.get('retry-after'), '429: raw response header');
        checkEqual(cell.upstream.requestCount, 2, '429: requests that reached the provider');
      });
    },

    async blocked(cell, rig) {
      const error = await rejectionOf(
        () => driver.ask(cell.url, rig.serviceKey, cell.model, injectionPrompt),
        'injection prompt',
      );
      driver.checkError(
        error,
        { status: 400, code: 'prompt_injection_detected' },
        'injection prompt',
      );
      checkNoUpstreamCalled(rig, 'injection prompt');
    },

    async 'upstream-failure'(cell, rig) {
      failEveryUpstream(rig);
      let error: unknown;
      await withGateway(cell, {}, async (url) => {
        error = await rejectionOf(
          () => driver.ask(url, rig.serviceKey, cell.model, plainPrompt),
          'every provider failing',
        );
      });
      driver.checkError(
        error,
        { status: 502, code: 'all_providers_failed' },
        'every provider failing',
      );
      // The gateway may retry the target (retry budget); it must not reach any other provider.
      check(
        cell.upstream.requestCount >= 1,
        `every provider failing: the ${cell.upstream.dialect} upstream was never called`,
      );
      checkEqual(
        rig.upstreamRequests() - cell.upstream.requestCount,
        0,
        `every provider failing: requests to providers other than ${cell.model}`,
      );
    },

    async 'mid-stream-disconnect'(cell, rig) {
      await withGateway(cell, {}, async (url) => {
        // The wire first: exactly one terminal error event in the surface's format.
        cell.upstream.setFaults([midStreamDisconnect]);
        const raw = await driver.rawStream(url, rig.serviceKey, cell.model, plainPrompt);
        const data = checkErrorEnd(raw, driver.terminal, (event) => driver.isContentEvent(event));
        checkEqual(driver.errorCodeOf(data), disconnectCode, "raw stream: the error event's code");

        // Then the SDK: its iteration must raise, not end as if the answer were complete.
        rig.reset();
        cell.upstream.setFaults([midStreamDisconnect]);
        let received = '';
        let raised: unknown;
        try {
          await driver.streamText(url, rig.serviceKey, cell.model, plainPrompt, (text) => {
            received += text;
          });
        } catch (error) {
          raised = error;
        }
        if (raised === undefined) {
          throw new ConformanceFailure(
            `SDK stream iteration ended normally after ${show(received)} although the raw stream carries the error event: the failure is invisible to the SDK's caller (silent truncation)`,
          );
        }
        check(
          received !== '',
          `SDK: expected content before the failure, got none (${show(raised)})`,
        );
        const code = driver.checkStreamError(raised, 'SDK stream iteration');
        checkEqual(code, disconnectCode, "SDK: the stream error's code");
      });
    },

    async 'client-abort'(cell, rig) {
      // Client, gateway and simulator share this process: a first, unmeasured abort compiles
      // the abort path of the SDK, the gateway and the adapter, so the measured one times the
      // propagation rather than V8's lazy compilation.
      await abortMidStream(driver, cell, rig);
      rig.reset();
      const abortedAt = await abortMidStream(driver, cell, rig);
      await checkUpstreamCancelled(cell.slowUpstream, abortedAt);
    },
  };
}
