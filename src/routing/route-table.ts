import type { Target } from './target.js';

/**
 * Resolves what a client asked for (`default`, another alias, or `provider/model`) into an ordered
 * list of targets. Built once from the configuration; lookups are a map access.
 */
export class RouteTable {
  private readonly routes: ReadonlyMap<string, readonly Target[]>;
  private readonly direct: ReadonlyMap<string, Target>;

  constructor(routes: ReadonlyMap<string, readonly Target[]>, targets: readonly Target[]) {
    this.routes = routes;
    this.direct = new Map(targets.map((target) => [`${target.provider}/${target.model}`, target]));
  }

  /** The targets for a model name, or undefined when nothing answers to that name. */
  resolve(model: string): readonly Target[] | undefined {
    const route = this.routes.get(model);
    if (route !== undefined) return route;
    const target = this.direct.get(model);
    return target === undefined ? undefined : [target];
  }

  /** The names a client may use: aliases first, then every `provider/model`. */
  names(): string[] {
    return [...this.routes.keys(), ...this.direct.keys()];
  }
}
