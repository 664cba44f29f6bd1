import type { Target } from './target.js';

/** A name a client may send as `model`, and what answers to it. */
export interface ModelName {
  readonly name: string;
  readonly kind: 'route' | 'target' | 'model';
  /** The provider of a `provider/model` or bare model name; the first target's for a route. */
  readonly provider: string | undefined;
}

/**
 * Resolves what a client asked for into an ordered list of targets: a route alias (`default`,
 * `fast`), a `provider/model` address, or a bare model id that a configured provider serves (the
 * first in provider order wins). Built once from the configuration; lookups are map accesses.
 */
export class RouteTable {
  private readonly routes: ReadonlyMap<string, readonly Target[]>;
  private readonly direct = new Map<string, readonly Target[]>();
  private readonly bare = new Map<string, readonly Target[]>();

  constructor(routes: ReadonlyMap<string, readonly Target[]>, targets: readonly Target[]) {
    this.routes = routes;
    for (const target of targets) {
      this.direct.set(`${target.provider}/${target.model}`, [target]);
      if (!this.bare.has(target.model)) this.bare.set(target.model, [target]);
    }
  }

  /** The targets for a model name, or undefined when nothing answers to that name. */
  resolve(model: string): readonly Target[] | undefined {
    return this.routes.get(model) ?? this.direct.get(model) ?? this.bare.get(model);
  }

  /** Every name a client may use: route aliases, then `provider/model`, then bare model ids. */
  names(): ModelName[] {
    const names: ModelName[] = [];
    const seen = new Set<string>();
    const add = (name: string, kind: ModelName['kind'], targets: readonly Target[]): void => {
      if (seen.has(name)) return;
      seen.add(name);
      names.push({ name, kind, provider: targets[0]?.provider });
    };
    for (const [name, targets] of this.routes) add(name, 'route', targets);
    for (const [name, targets] of this.direct) add(name, 'target', targets);
    for (const [name, targets] of this.bare) add(name, 'model', targets);
    return names;
  }
}
