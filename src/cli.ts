#!/usr/bin/env node
import { Command } from 'commander';
import { startSimulator, type SimDialect } from '../sim/index.js';
import { ConfigError, loadConfig, type GatewayConfig } from './config/index.js';
import { flushLogger } from './observability/create-logger.js';
import { registerAuditCommand } from './commands/audit-command.js';
import { registerKeysCommand } from './commands/keys-command.js';
import { registerScanCommand } from './commands/scan-command.js';
import { registerUsageCommand } from './commands/usage-command.js';
import { serve } from './serve.js';
import { version } from './version.js';

const program = new Command();
program
  .name('llm-gateway')
  .description('LLM Secure Gateway: one secure endpoint in front of several LLM providers.')
  .version(version);

program
  .command('serve')
  .description('Run the gateway (configured by environment variables; see README.md)')
  .action(async () => {
    let config: GatewayConfig;
    try {
      config = loadConfig(process.env);
    } catch (error) {
      if (error instanceof ConfigError) {
        process.stderr.write(`${error.message}\n`);
        process.exit(1);
      }
      throw error;
    }
    const running = await serve(config, { print: (line) => process.stderr.write(`${line}\n`) });
    let stopping = false;
    const shutdown = (signal: string): void => {
      if (stopping) return;
      stopping = true;
      running.gateway.logger.info({ signal }, 'shutting down');
      const force = setTimeout(() => process.exit(1), config.server.shutdownGraceMs + 1000);
      force.unref();
      running.stop().then(
        () => {
          flushLogger(running.gateway.logger);
          process.exit(0);
        },
        () => {
          flushLogger(running.gateway.logger);
          process.exit(1);
        },
      );
    };
    process.on('SIGTERM', () => shutdown('SIGTERM'));
    process.on('SIGINT', () => shutdown('SIGINT'));
  });

const allDialects: SimDialect[] = [
  'gemini',
  'groq',
  'openrouter',
  'openai',
  'anthropic',
  'ollama',
  'vllm',
];

program
  .command('sim')
  .description(
    'Run the provider simulator standalone (fake Gemini, OpenAI-compatible and Anthropic servers)',
  )
  .option('--host <host>', 'address to bind', '127.0.0.1')
  .option('--port <port>', 'first port; each dialect takes the next one (0: ephemeral)', '0')
  .option('--latency <ms>', 'time to first token in ms (chunks follow every ms/10)', '0')
  .action(async (options: { host: string; port: string; latency: string }) => {
    const first = Number(options.port);
    const latency = Number(options.latency);
    const ports = Object.fromEntries(
      allDialects.map((dialect, index) => [dialect, first === 0 ? 0 : first + index]),
    );
    const simulator = await startSimulator(allDialects, {
      host: options.host,
      ports,
      latency: { firstTokenMs: latency, chunkIntervalMs: Math.round(latency / 10) },
    });
    for (const dialect of allDialects) {
      const provider = simulator.provider(dialect);
      process.stdout.write(`${dialect.padEnd(11)} ${provider.baseUrl}\n`);
    }
    process.stdout.write(
      'Fault control: POST <origin>/__sim/faults, journal: GET <origin>/__sim/requests\n',
    );
    const stop = (): void => {
      simulator.close().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    };
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
  });

const stdout = { write: (text: string) => void process.stdout.write(text) };
registerKeysCommand(program, process.env, stdout);
registerUsageCommand(program, process.env, stdout);
registerAuditCommand(program, process.env, stdout);
registerScanCommand(program, process.stdin, stdout);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof ConfigError) process.stderr.write(`${error.message}\n`);
  else process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
