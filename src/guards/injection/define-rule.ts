import type { InjectionCategory, InjectionRule } from './injection-rule.js';

interface RuleOptions {
  readonly requires?: string;
  readonly window?: number;
  readonly position?: 'line' | 'sentence';
  readonly scope?: 'embedded' | 'payload';
  readonly language?: string;
}

/** Builds a rule; `source` is compiled once for the normalised (lower-case) view. */
export function defineRule(
  id: string,
  category: InjectionCategory,
  weight: number,
  anchors: string,
  source: string,
  options: RuleOptions = {},
): InjectionRule {
  // Anchored rules run sticky, at each occurrence of an anchor; `always` scans globally.
  const global = anchors.split(' ').includes('always');
  return {
    id,
    category,
    weight,
    anchors,
    pattern: new RegExp(source, global ? 'g' : 'y'),
    ...options,
  };
}

/** Anchors for an alternation source such as `(?:modify|enhance|...)`: each word's prefix. */
export function wordAnchors(alternation: string): string {
  const words = alternation
    .replace(/^\(\?:|\)$/g, '')
    .split('|')
    .map((word) => /^[a-z']+/.exec(word)?.[0] ?? '')
    .filter((word) => word !== '')
    .map((word) => word.split("'")[0]?.slice(0, 4) ?? '');
  return [...new Set(words)].join(' ');
}
