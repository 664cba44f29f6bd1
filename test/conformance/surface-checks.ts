import type { CheckId } from './conformance-matrix.js';
import type { CellTarget, ConformanceRig } from './conformance-rig.js';

/** One matrix cell's check: drives an official SDK against `cell` and throws on any deviation. */
export type CellCheck = (cell: CellTarget, rig: ConformanceRig) => Promise<void>;

/** Every column's check for one surface. */
export type SurfaceChecks = Readonly<Record<CheckId, CellCheck>>;

/** The checks whose flow does not depend on the surface (only its SDK driver does). */
export type SharedCheckId =
  | 'unauthorized'
  | 'rate-limited'
  | 'blocked'
  | 'upstream-failure'
  | 'mid-stream-disconnect'
  | 'client-abort';

/** The checks each surface writes against its own SDK's types. */
export type ContentChecks = Readonly<Record<Exclude<CheckId, SharedCheckId>, CellCheck>>;
