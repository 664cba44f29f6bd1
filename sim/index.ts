export { startSimulator } from './start-simulator.js';
export { simDialects } from './simulator-types.js';
export type {
  JournalEntry,
  SimDialect,
  SimFault,
  SimFaultKind,
  SimLatency,
  SimProvider,
  Simulator,
  SimulatorOptions,
} from './simulator-types.js';
export { parseFaults } from './parse-faults.js';
export { FaultProxy, type FaultProxyOptions, type ProxyMode } from './fault-proxy.js';
