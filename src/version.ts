import packageJson from '../package.json' with { type: 'json' };

/** The package version, reported by `/health`, the OpenAPI document and `llm-gateway --version`. */
export const version: string = packageJson.version;
