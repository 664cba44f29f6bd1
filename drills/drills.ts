import type { DrillResult, DrillScale } from './drill-result.js';
import { allDownDrill } from './scenarios/all-down.js';
import { availabilityDrill } from './scenarios/availability.js';
import { hedgingDrill } from './scenarios/hedging.js';
import { mixedOutageDrill } from './scenarios/mixed-outage.js';
import { overloadDrill } from './scenarios/overload.js';
import { recoveryDrill } from './scenarios/recovery.js';
import { retryAfterDrill } from './scenarios/retry-after.js';
import { sigtermDrill } from './scenarios/sigterm.js';

/** Every fault drill, in the order the report shows them. */
export const drills: readonly {
  readonly name: string;
  readonly run: (scale: DrillScale) => Promise<DrillResult>;
}[] = [
  { name: 'mixed-outage', run: mixedOutageDrill },
  { name: 'all-down', run: allDownDrill },
  { name: 'recovery', run: recoveryDrill },
  { name: 'retry-after', run: retryAfterDrill },
  { name: 'hedging', run: hedgingDrill },
  { name: 'overload', run: overloadDrill },
  { name: 'sigterm', run: sigtermDrill },
  { name: 'availability', run: availabilityDrill },
];
