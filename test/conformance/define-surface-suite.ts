import { afterAll, beforeAll, beforeEach, describe, it } from 'vitest';
import { checkColumns, providerRows, rowLabels, type Surface } from './conformance-matrix.js';
import { startConformanceRig, type ConformanceRig } from './conformance-rig.js';
import type { SurfaceChecks } from './surface-checks.js';

/**
 * One Vitest suite per surface: every provider row × every matrix column, over one shared rig
 * (simulators and gateways), with faults and journals cleared before each check. Each test file
 * imports only its own surface's checks, so it loads only that SDK.
 */
export function defineSurfaceSuite(surface: Surface, checks: SurfaceChecks): void {
  let rig: ConformanceRig | undefined;

  const started = (): ConformanceRig => {
    if (rig === undefined) throw new Error('the conformance rig did not start');
    return rig;
  };

  describe(`${surface} SDK`, () => {
    beforeAll(async () => {
      rig = await startConformanceRig();
    });
    afterAll(async () => {
      await rig?.close();
    });
    beforeEach(() => {
      started().reset();
    });

    describe.each(providerRows)(`${surface} surface × %s dialect`, (row) => {
      it.each(checkColumns)(`${rowLabels[row]}: $label`, async ({ id }) => {
        const current = started();
        await checks[id](current.cell(row), current);
      });
    });
  });
}
