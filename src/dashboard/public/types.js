// Shapes of the gateway's answers that the dashboard reads (JSDoc types only; checked by
// `tsc -p src/dashboard/public`). The server's schemas are the truth.

/**
 * @typedef {object} TimelineBucket
 * @property {string} start
 * @property {number} requests
 * @property {number} successful
 * @property {number} blocked
 * @property {number} rate_limited
 * @property {number} failed
 * @property {number | null} p50_ms
 * @property {number | null} p95_ms
 * @property {number | null} p99_ms
 */

/**
 * `GET /admin/stats`.
 * @typedef {object} Stats
 * @property {number} total_requests
 * @property {number} successful_requests
 * @property {number} failed_requests
 * @property {number} blocked_requests
 * @property {number} rate_limited_requests
 * @property {Record<string, number>} provider_usage
 * @property {Record<string, number>} blocked_by_category
 * @property {number} average_latency_ms
 * @property {number[]} latency_history
 * @property {number} total_tokens
 * @property {number} total_cost_usd
 * @property {string} since
 * @property {TimelineBucket[] | undefined} timeline
 */

/**
 * @typedef {object} Candidate
 * @property {string} provider
 * @property {string} model
 * @property {string | null} credential
 * @property {string} status
 * @property {string | null} reason
 * @property {number | null} upstream_status
 * @property {number} latency_ms
 * @property {number | null} cost_usd
 */

/**
 * @typedef {object} GuardRecord
 * @property {string} guard
 * @property {string} action
 * @property {number} score
 * @property {string[]} categories
 */

/**
 * `GET /admin/requests/:id`: one request's decision trace.
 * @typedef {object} Trace
 * @property {string} request_id
 * @property {string} started_at
 * @property {string} surface
 * @property {string} client_ip
 * @property {string | null} key_id
 * @property {string | null} tenant
 * @property {string | null} route
 * @property {boolean} stream
 * @property {'success' | 'rejected' | 'failed' | 'cancelled'} status
 * @property {string | null} code
 * @property {number} http_status
 * @property {number} latency_ms
 * @property {number | null} first_token_ms
 * @property {string | null} provider
 * @property {string | null} model
 * @property {Candidate[]} candidates
 * @property {GuardRecord[]} guards
 * @property {{ prompt_tokens: number, completion_tokens: number, total_tokens: number } | null} usage
 * @property {number | null} cost_usd
 */

/**
 * `GET /admin/keys` (each entry) and `GET /admin/keys/:id`.
 * @typedef {object} KeyView
 * @property {string} id
 * @property {string} name
 * @property {string} tenant
 * @property {string} prefix
 * @property {number | null} rpm
 * @property {number | null} tpm
 * @property {number | null} max_concurrency
 * @property {number | null} budget_usd_per_day
 * @property {number | null} budget_usd_per_month
 * @property {string[] | null} models
 * @property {string[] | null} surfaces
 * @property {number | null} max_tokens_per_request
 * @property {string} created_at
 * @property {string | null} expires_at
 * @property {string | null} last_used_at
 * @property {string | null} revoked_at
 * @property {string | null} replaced_by
 * @property {'active' | 'revoked' | 'expired' | 'rotating'} status
 */

/** @typedef {KeyView & { key: string, replaces?: string }} IssuedKey */

/**
 * `GET /admin/usage` (each row; a dimension not grouped by is null).
 * @typedef {object} UsageRow
 * @property {string | null} day
 * @property {string | null} key
 * @property {string | null} tenant
 * @property {string | null} model
 * @property {number} requests
 * @property {number} prompt_tokens
 * @property {number} completion_tokens
 * @property {number} cost_usd
 */

/**
 * @typedef {object} Lane
 * @property {string} lane `provider|credential|model`
 * @property {'closed' | 'open' | 'half-open'} state
 * @property {number} reopensInMs
 * @property {number} blockedForMs
 * @property {number} [firstTokenMeanMs]
 * @property {number} [firstTokenP95Ms]
 */

/**
 * `GET /admin/health`.
 * @typedef {object} Health
 * @property {Lane[]} lanes
 * @property {string} limiter_mode
 * @property {number} in_flight
 */

/**
 * `GET /providers` (public).
 * @typedef {object} Providers
 * @property {{ id: string, dialect: string, simulated: boolean, models: { id: string, input_per_million_usd: number, output_per_million_usd: number }[] }[]} providers
 * @property {Record<string, { strategy: string, targets: string[] }>} routes
 */

export {};
