import type { GuardPolicyOverride } from '../core/index.js';
import { readFileSync } from 'node:fs';
import { TypeCompiler } from '@sinclair/typebox/compiler';
import { parse as parseYaml } from 'yaml';
import { describeSchemaErrors } from '../schema/describe-schema-errors.js';
import { ConfigFileSchema, type ConfigFile } from './config-file-schema.js';
import { priceOf } from './default-prices.js';
import { envProviders } from './env-providers.js';
import { expandEnvironment } from './expand-environment.js';
import type {
  ProviderConfig,
  RouteConfig,
  RouteTarget,
  RoutingStrategyName,
  TenantLimits,
} from './gateway-config.js';

const check = TypeCompiler.Compile(ConfigFileSchema);

/** Where each dialect lives when the file gives no `base_url`. */
const defaultBaseUrls: Readonly<Record<string, string>> = Object.fromEntries(
  envProviders.map((provider) => [provider.dialect, provider.defaultBaseUrl]),
);

function pathOf(location: readonly (string | number)[]): string {
  let path = '';
  for (const segment of location) {
    path += typeof segment === 'number' ? `[${segment}]` : `${path === '' ? '' : '.'}${segment}`;
  }
  return path || '(root)';
}

function validUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return (
      (url.protocol === 'http:' || url.protocol === 'https:') &&
      url.username === '' &&
      url.password === ''
    );
  } catch {
    return false;
  }
}

export interface FileConfiguration {
  readonly providers: ProviderConfig[];
  readonly routes: Record<string, RouteConfig>;
  readonly tenants: Record<string, TenantLimits>;
}

function buildProviders(file: ConfigFile, source: string, problems: string[]): ProviderConfig[] {
  const seen = new Set<string>();
  return file.providers.map((provider, index) => {
    const at = `providers[${index}]`;
    if (seen.has(provider.id))
      problems.push(`${at}.id: provider "${provider.id}" is defined twice`);
    seen.add(provider.id);
    const baseUrl = (provider.base_url ?? defaultBaseUrls[provider.dialect] ?? '').replace(
      /\/+$/,
      '',
    );
    if (!validUrl(baseUrl)) {
      problems.push(
        `${at}.base_url: must be an http(s) URL without credentials (got "${baseUrl}")`,
      );
    }
    const apiKeys = [
      ...(provider.api_keys ?? []),
      ...(provider.api_key === undefined ? [] : [provider.api_key]),
    ].filter((key) => key !== '');
    if (apiKeys.length === 0 && provider.dialect !== 'openai-compatible') {
      problems.push(`${at}.api_key: required for the ${provider.dialect} dialect`);
    }
    return {
      id: provider.id,
      dialect: provider.dialect,
      baseUrl,
      apiKeys,
      apiKeyVariable: `${source} ${at}.api_key`,
      headers: provider.headers ?? {},
      models: provider.models.map((model) => {
        const id = typeof model === 'string' ? model : model.id;
        const builtIn = priceOf(id);
        return {
          id,
          pricing:
            typeof model === 'string'
              ? builtIn
              : {
                  inputPerMillionUsd: model.input_per_million_usd ?? builtIn.inputPerMillionUsd,
                  outputPerMillionUsd: model.output_per_million_usd ?? builtIn.outputPerMillionUsd,
                },
        };
      }),
    };
  });
}

function resolveTarget(
  entry: string,
  where: string,
  providers: readonly ProviderConfig[],
  problems: string[],
): { provider: string; model: string } | undefined {
  const slash = entry.indexOf('/');
  const provider = providers.find((candidate) => candidate.id === entry.slice(0, slash));
  const model = entry.slice(slash + 1);
  if (
    slash < 1 ||
    provider === undefined ||
    !provider.models.some((candidate) => candidate.id === model)
  ) {
    problems.push(`${where}: "${entry}" is not a configured provider/model`);
    return undefined;
  }
  return { provider: provider.id, model };
}

/** A route as the file may write it, in its long form. */
interface RouteSpec {
  readonly targets: readonly (
    string | { readonly target: string; readonly weight?: number | undefined }
  )[];
  readonly strategy?: RoutingStrategyName | undefined;
  readonly deadline_ms?: number | undefined;
  readonly guards?: GuardPolicyOverride | undefined;
  readonly hedge?:
    | {
        readonly delay_ms: number | 'p95';
        readonly max_share?: number | undefined;
        readonly allow_tools?: boolean | undefined;
      }
    | undefined;
}

function buildRoutes(
  file: ConfigFile,
  providers: readonly ProviderConfig[],
  defaultDeadlineMs: number,
  problems: string[],
): Record<string, RouteConfig> {
  const routes: Record<string, RouteConfig> = {};
  for (const [name, entry] of Object.entries(file.routes ?? {})) {
    const spec: RouteSpec = Array.isArray(entry) ? { targets: entry } : entry;
    const targets: RouteTarget[] = [];
    spec.targets.forEach((item, index) => {
      const text = typeof item === 'string' ? item : item.target;
      const where = `routes.${name}${Array.isArray(entry) ? '' : '.targets'}[${index}]`;
      const resolved = resolveTarget(text, where, providers, problems);
      if (resolved !== undefined) {
        targets.push({ ...resolved, weight: typeof item === 'string' ? 1 : (item.weight ?? 1) });
      }
    });
    const hedge = spec.hedge;
    routes[name] = {
      strategy: spec.strategy ?? 'priority',
      targets,
      deadlineMs: spec.deadline_ms ?? defaultDeadlineMs,
      ...(spec.guards === undefined ? {} : { guards: spec.guards }),
      hedge:
        hedge === undefined
          ? undefined
          : {
              delay: hedge.delay_ms,
              maxShare: hedge.max_share ?? 0.1,
              allowTools: hedge.allow_tools ?? false,
            },
    };
  }
  // Without a `default` route, the first model of every provider, in file order.
  routes.default ??= {
    strategy: 'priority',
    targets: providers.flatMap((provider) => {
      const first = provider.models[0];
      return first === undefined ? [] : [{ provider: provider.id, model: first.id, weight: 1 }];
    }),
    deadlineMs: defaultDeadlineMs,
    hedge: undefined,
  };
  return routes;
}

/**
 * Reads and validates the YAML configuration file. Every problem names the file, the path of the
 * bad field and, for environment references, the variable.
 */
export function loadConfigFile(
  path: string,
  env: Readonly<Record<string, string | undefined>>,
  defaultDeadlineMs: number,
  problems: string[],
): FileConfiguration | undefined {
  const at = (message: string): void => void problems.push(`GATEWAY_CONFIG (${path}): ${message}`);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    at(
      `cannot read the file (${error instanceof Error && 'code' in error ? String(error.code) : 'error'})`,
    );
    return undefined;
  }
  let parsed: unknown;
  try {
    parsed = parseYaml(text, { maxAliasCount: 100 });
  } catch (error) {
    at(`not valid YAML: ${error instanceof Error ? error.message.split('\n')[0] : 'parse error'}`);
    return undefined;
  }
  const fileProblems: string[] = [];
  const expanded = expandEnvironment(parsed, env, fileProblems);
  if (!check.Check(expanded)) {
    for (const issue of describeSchemaErrors(check, expanded, [])) {
      fileProblems.push(`${pathOf(issue.location)}: ${issue.message}`);
    }
    fileProblems.forEach(at);
    return undefined;
  }
  const providers = buildProviders(expanded, 'GATEWAY_CONFIG', fileProblems);
  const routes = buildRoutes(expanded, providers, defaultDeadlineMs, fileProblems);
  fileProblems.forEach(at);
  const tenants = Object.fromEntries(
    Object.entries(expanded.tenants ?? {}).map(([name, tenant]) => [
      name,
      {
        requestsPerMinute: tenant.rpm ?? null,
        tokensPerMinute: tenant.tpm ?? null,
        maxConcurrency: tenant.max_concurrency ?? null,
        budgetUsdPerDay: tenant.budget_usd_per_day ?? null,
        budgetUsdPerMonth: tenant.budget_usd_per_month ?? null,
      },
    ]),
  );
  return fileProblems.length > 0 ? undefined : { providers, routes, tenants };
}
