import { priorityStrategy } from './strategies/priority-strategy.js';
import type { Route } from './route.js';
import type { Target } from './target.js';

/** A name a client may send as `model`, and what answers to it. */
export interface ModelName {
  readonly name: string;
  readonly kind: 'route' | 'target' | 'model';
  /** The provider of a `provider/model` or bare model name; the first target's for a route. */
  readonly provider: string | undefined;
}

/**
 * Resolves what a client asked for into a route: a configured route (`default`, `fast`), a
 * `provider/model` address, or a bare model id that a configured provider serves (the first in
 * provider order wins). The last two become single-target routes with the default deadline.
 * Built once from the configuration; lookups are map accesses.
 */
export class RouteTable {
  private readonly routes: ReadonlyMap<string, Route>;
  private readonly direct = new Map<string, Route>();
  private readonly bare = new Map<string, Route>();

  constructor(routes: readonly Route[], targets: readonly Target[], defaultDeadlineMs: number) {
    this.routes = new Map(routes.map((route) => [route.name, route]));
    for (const target of targets) {
      const name = `${target.provider}/${target.model}`;
      const route: Route = {
        name,
        strategy: priorityStrategy,
        entries: [{ target, weight: 1 }],
        deadlineMs: defaultDeadlineMs,
        hedge: undefined,
      };
      this.direct.set(name, route);
      if (!this.bare.has(target.model)) this.bare.set(target.model, route);
    }
  }

  /** The route for a model name, or undefined when nothing answers to that name. */
  resolve(model: string): Route | undefined {
    return this.routes.get(model) ?? this.direct.get(model) ?? this.bare.get(model);
  }

  /** Every name a client may use: route aliases, then `provider/model`, then bare model ids. */
  names(): ModelName[] {
    const names: ModelName[] = [];
    const seen = new Set<string>();
    const add = (name: string, kind: ModelName['kind'], route: Route): void => {
      if (seen.has(name)) return;
      seen.add(name);
      names.push({ name, kind, provider: route.entries[0]?.target.provider });
    };
    for (const [name, route] of this.routes) add(name, 'route', route);
    for (const [name, route] of this.direct) add(name, 'target', route);
    for (const [name, route] of this.bare)
      add(route.entries[0]?.target.model ?? name, 'model', route);
    return names;
  }

  /** Every configured route (for health and admin views). */
  all(): Route[] {
    return [...this.routes.values()];
  }
}
