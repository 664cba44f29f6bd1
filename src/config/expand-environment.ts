/**
 * Replaces `${NAME}` and `${NAME:-fallback}` in every string of a parsed configuration file with
 * values from the environment, so secrets stay out of the file. A reference to an unset variable
 * without a fallback is a problem reported with its path.
 */
export function expandEnvironment(
  value: unknown,
  env: Readonly<Record<string, string | undefined>>,
  problems: string[],
  path = '',
): unknown {
  if (typeof value === 'string') {
    return value.replace(
      /\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}/g,
      (_match, name: string, fallback?: string) => {
        const found = env[name];
        if (found !== undefined && found !== '') return found;
        if (fallback !== undefined) return fallback;
        problems.push(`${path || '(root)'}: environment variable ${name} is not set`);
        return '';
      },
    );
  }
  if (Array.isArray(value))
    return value.map((item, index) => expandEnvironment(item, env, problems, `${path}[${index}]`));
  if (typeof value === 'object' && value !== null) {
    const expanded: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      expanded[key] = expandEnvironment(item, env, problems, path === '' ? key : `${path}.${key}`);
    }
    return expanded;
  }
  return value;
}
