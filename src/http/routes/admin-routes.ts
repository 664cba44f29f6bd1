import { TypeCompiler } from '@sinclair/typebox/compiler';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { GatewayError } from '../../core/index.js';
import { presentUsageRow, usageDimensions, type UsageDimension } from '../../stores/index.js';
import { queryCodec } from '../../surfaces/index.js';
import { createAdminCheck } from '../admin/admin-auth.js';
import {
  CreateKeySchema,
  IssuedKeySchema,
  KeyViewSchema,
  RotateKeySchema,
  UpdateKeySchema,
  type CreateKey,
  type UpdateKey,
} from '../admin/admin-schemas.js';
import type { AdminServices } from '../admin/admin-services.js';
import { presentKey } from '../admin/present-key.js';
import { presentTrace } from '../admin/present-trace.js';
import { createRequestContext, sendError } from '../handle-surface.js';
import type { RequestRegistry } from '../request-registry.js';
import { parseBody } from '../parse-body.js';
import { sendJson } from '../send-json.js';

const tags = ['admin'];
const security = [{ adminBearer: [] }];

function fail(reply: FastifyReply, error: GatewayError): FastifyReply {
  const encoded = queryCodec.encodeError(error, reply.request.id, []);
  return sendJson(reply, encoded.status, encoded.body, {});
}

function time(value: string | undefined): number | undefined {
  if (value === undefined || value === '') return undefined;
  const numeric = Number(value);
  const ms = Number.isFinite(numeric) ? numeric : Date.parse(value);
  return Number.isFinite(ms) ? ms : Number.NaN;
}

/** `from` and `to` of a query (ISO 8601 or epoch milliseconds), or the 422 that names the bad one. */
function timeRange(
  query: Record<string, string | undefined>,
): { fromMs: number | undefined; toMs: number | undefined } | GatewayError {
  const fromMs = time(query.from);
  const toMs = time(query.to);
  if (!Number.isNaN(fromMs) && !Number.isNaN(toMs)) return { fromMs, toMs };
  return new GatewayError('validation_failed', {
    issues: [
      {
        location: ['query', Number.isNaN(fromMs) ? 'from' : 'to'],
        message: 'Input should be an ISO 8601 time or epoch milliseconds',
        type: 'datetime_parsing',
      },
    ],
  });
}

function settingsOf(body: CreateKey | UpdateKey) {
  const limits = {
    ...(body.rpm === undefined ? {} : { requestsPerMinute: body.rpm }),
    ...(body.tpm === undefined ? {} : { tokensPerMinute: body.tpm }),
    ...(body.max_concurrency === undefined ? {} : { maxConcurrency: body.max_concurrency }),
    ...(body.budget_usd_per_day === undefined ? {} : { budgetUsdPerDay: body.budget_usd_per_day }),
    ...(body.budget_usd_per_month === undefined
      ? {}
      : { budgetUsdPerMonth: body.budget_usd_per_month }),
  };
  const scopes = {
    ...(body.models === undefined ? {} : { models: body.models }),
    ...(body.surfaces === undefined ? {} : { surfaces: body.surfaces }),
    ...(body.max_tokens_per_request === undefined
      ? {}
      : { maxTokensPerRequest: body.max_tokens_per_request }),
    ...(body.guard === undefined ? {} : { guard: body.guard }),
  };
  const expiresAtMs =
    body.expires_at === undefined
      ? undefined
      : body.expires_at === null
        ? null
        : Date.parse(body.expires_at);
  return { limits, scopes, expiresAtMs };
}

const checks = {
  create: TypeCompiler.Compile(CreateKeySchema),
  update: TypeCompiler.Compile(UpdateKeySchema),
  rotate: TypeCompiler.Compile(RotateKeySchema),
};

/**
 * The admin API under `/admin`, authenticated with `Authorization: Bearer <ADMIN_API_KEY>` (off,
 * 404, without one): keys (create, list, read, update, revoke, rotate), usage, the audit log and
 * its verification, the decision trace of recent requests, lane health and the seed's stats.
 * Every change lands in the audit log.
 */
export function registerAdminRoutes(
  app: FastifyInstance,
  services: AdminServices,
  requests: RequestRegistry,
): void {
  const adminKey = services.adminKey;
  if (adminKey === undefined) return;
  const check = createAdminCheck(adminKey);
  const { stores } = services;

  const audit = (
    request: FastifyRequest,
    type: string,
    subject: string | null,
    tenant: string | null,
    details = {},
  ) =>
    stores.audit
      .append({ type, actor: 'admin', subject, tenant, requestId: request.id, details })
      .catch((error: unknown) =>
        request.log.warn({ err: error }, 'could not append an audit event'),
      );

  app.register(
    (admin, _options, done) => {
      admin.addHook('onRequest', async (request, reply) => {
        const verdict = check(request.headers);
        if (verdict === 'ok') return;
        const context = createRequestContext(request, reply, queryCodec, {}, 0, requests);
        const limited = await services.limiter.admit(context);
        const error =
          limited?.type === 'rejection'
            ? limited.error
            : new GatewayError(verdict === 'missing' ? 'missing_api_key' : 'invalid_api_key');
        void stores.audit
          .append({
            type: 'admin.auth_failed',
            actor: `ip:${request.ip}`,
            subject: null,
            tenant: null,
            requestId: request.id,
            details: { path: request.url.split('?')[0] ?? '' },
          })
          .catch(() => undefined);
        await sendError(reply, queryCodec, error, context);
      });

      admin.post(
        '/keys',
        {
          schema: {
            summary: 'Create a key (the key is in this answer only)',
            tags,
            security,
            body: CreateKeySchema,
            response: { 201: IssuedKeySchema },
          },
        },
        async (request, reply) => {
          const body = parseBody(request, checks.create, services.maxJsonDepth);
          if (body instanceof GatewayError) return fail(reply, body);
          const { limits, scopes, expiresAtMs } = settingsOf(body);
          const issued = await stores.apiKeys.issue({
            name: body.name,
            tenant: body.tenant ?? 'default',
            limits,
            scopes,
            ...(expiresAtMs === undefined ? {} : { expiresAtMs }),
          });
          await audit(request, 'key.created', issued.record.id, issued.record.tenant, {
            name: body.name,
          });
          return sendJson(
            reply,
            201,
            { ...presentKey(issued.record, Date.now()), key: issued.key },
            {},
          );
        },
      );

      admin.get(
        '/keys',
        { schema: { summary: 'List keys', tags, security } },
        async (request, reply) => {
          const query = request.query as Record<string, string | undefined>;
          const page = await stores.keys.list({
            ...(query.tenant === undefined ? {} : { tenant: query.tenant }),
            includeRevoked: query.include_revoked === 'true',
            ...(query.after === undefined ? {} : { after: query.after }),
            limit: Math.min(1000, Math.max(1, Number(query.limit ?? 100) || 100)),
          });
          const now = Date.now();
          return sendJson(
            reply,
            200,
            { keys: page.keys.map((record) => presentKey(record, now)), next: page.next },
            {},
          );
        },
      );

      admin.get(
        '/keys/:id',
        { schema: { summary: 'One key', tags, security, response: { 200: KeyViewSchema } } },
        async (request, reply) => {
          const record = await stores.keys.get((request.params as { id: string }).id);
          if (record === undefined) return fail(reply, new GatewayError('not_found'));
          return sendJson(reply, 200, presentKey(record, Date.now()), {});
        },
      );

      admin.patch(
        '/keys/:id',
        {
          schema: {
            summary: "Change a key's name, limits, scopes or expiry",
            tags,
            security,
            body: UpdateKeySchema,
          },
        },
        async (request, reply) => {
          const id = (request.params as { id: string }).id;
          const body = parseBody(request, checks.update, services.maxJsonDepth);
          if (body instanceof GatewayError) return fail(reply, body);
          const current = await stores.keys.get(id);
          if (current === undefined) return fail(reply, new GatewayError('not_found'));
          const { limits, scopes, expiresAtMs } = settingsOf(body);
          const record = await stores.apiKeys.update(id, {
            ...(body.name === undefined ? {} : { name: body.name }),
            limits: { ...current.limits, ...limits },
            scopes: { ...current.scopes, ...scopes },
            ...(expiresAtMs === undefined ? {} : { expiresAtMs }),
          });
          if (record === undefined) return fail(reply, new GatewayError('not_found'));
          await audit(request, 'key.updated', id, record.tenant, { fields: Object.keys(body) });
          return sendJson(reply, 200, presentKey(record, Date.now()), {});
        },
      );

      admin.delete(
        '/keys/:id',
        {
          schema: {
            summary: 'Revoke a key (every replica refuses it within a second)',
            tags,
            security,
          },
        },
        async (request, reply) => {
          const id = (request.params as { id: string }).id;
          const record = await stores.apiKeys.revoke(id);
          if (record === undefined) return fail(reply, new GatewayError('not_found'));
          await audit(request, 'key.revoked', id, record.tenant);
          return sendJson(reply, 200, presentKey(record, Date.now()), {});
        },
      );

      admin.post(
        '/keys/:id/rotate',
        {
          schema: {
            summary: 'Rotate a key: a new key; the old one stays valid for the overlap',
            tags,
            security,
            body: RotateKeySchema,
            response: { 201: IssuedKeySchema },
          },
        },
        async (request, reply) => {
          const id = (request.params as { id: string }).id;
          const body = parseBody(request, checks.rotate, services.maxJsonDepth);
          if (body instanceof GatewayError) return fail(reply, body);
          const issued = await stores.apiKeys.rotate(id, {
            overlapMs: (body.overlap_seconds ?? 3600) * 1000,
          });
          if (issued === undefined)
            return fail(
              reply,
              new GatewayError('not_found', {
                detail: 'missing, revoked, expired or already rotated',
              }),
            );
          await audit(request, 'key.rotated', id, issued.record.tenant, {
            replaced_by: issued.record.id,
          });
          return sendJson(
            reply,
            201,
            { ...presentKey(issued.record, Date.now()), key: issued.key, replaces: id },
            {},
          );
        },
      );

      admin.get(
        '/usage',
        {
          schema: {
            summary:
              'Usage totals: filter by key, tenant, model, from, to; group_by day,key,tenant,model',
            tags,
            security,
          },
        },
        async (request, reply) => {
          const query = request.query as Record<string, string | undefined>;
          const range = timeRange(query);
          if (range instanceof GatewayError) return fail(reply, range);
          const { fromMs, toMs } = range;
          const groupBy = (query.group_by ?? 'day').split(',').filter((item) => item !== '');
          const unknown = groupBy.filter((item) => usageDimensions[item] === undefined);
          if (unknown.length > 0) {
            return fail(
              reply,
              new GatewayError('validation_failed', {
                issues: [
                  {
                    location: ['query', 'group_by'],
                    message: 'Input should be day, key, tenant or model',
                    type: 'literal_error',
                  },
                ],
              }),
            );
          }
          const filter = {
            ...(query.key === undefined ? {} : { keyId: query.key }),
            ...(query.tenant === undefined ? {} : { tenant: query.tenant }),
            ...(query.model === undefined ? {} : { model: query.model }),
            ...(fromMs === undefined ? {} : { fromMs }),
            ...(toMs === undefined ? {} : { toMs }),
          };
          const rows = await stores.usage.summarize({
            ...filter,
            groupBy: groupBy.map((item) => usageDimensions[item] as UsageDimension),
          });
          return sendJson(
            reply,
            200,
            {
              rows: rows.map(presentUsageRow),
            },
            {},
          );
        },
      );

      admin.get(
        '/audit',
        {
          schema: {
            summary:
              'The audit log: filter by type, actor, subject, tenant, from, to; paginate with after',
            tags,
            security,
          },
        },
        async (request, reply) => {
          const query = request.query as Record<string, string | undefined>;
          const range = timeRange(query);
          if (range instanceof GatewayError) return fail(reply, range);
          const { fromMs, toMs } = range;
          const page = await stores.audit.list({
            ...(query.type === undefined ? {} : { type: query.type }),
            ...(query.actor === undefined ? {} : { actor: query.actor }),
            ...(query.subject === undefined ? {} : { subject: query.subject }),
            ...(query.tenant === undefined ? {} : { tenant: query.tenant }),
            ...(fromMs === undefined ? {} : { fromMs }),
            ...(toMs === undefined ? {} : { toMs }),
            ...(query.after === undefined ? {} : { after: Number(query.after) }),
            order: query.order === 'asc' ? 'asc' : 'desc',
            limit: Math.min(1000, Math.max(1, Number(query.limit ?? 100) || 100)),
          });
          return sendJson(
            reply,
            200,
            {
              records: page.records.map((record) => ({
                sequence: record.sequence,
                at: new Date(record.atMs).toISOString(),
                type: record.type,
                actor: record.actor,
                subject: record.subject,
                tenant: record.tenant,
                request_id: record.requestId,
                details: record.details,
                hash: record.hash,
              })),
              next: page.next,
            },
            {},
          );
        },
      );

      admin.get(
        '/audit/verify',
        { schema: { summary: 'Check the hash chain of the audit log', tags, security } },
        async (_request, reply) => {
          const result = await stores.audit.verify();
          return sendJson(reply, result.ok ? 200 : 409, result, {});
        },
      );

      admin.get(
        '/requests',
        {
          schema: {
            summary:
              "This replica's recent requests, newest first (status=success|rejected|failed|cancelled)",
            tags,
            security,
          },
        },
        (request, reply) => {
          const query = request.query as Record<string, string | undefined>;
          const limit = Math.min(500, Math.max(1, Number(query.limit ?? 50) || 50));
          const traces = services.traces.recent(
            limit,
            (trace) => query.status === undefined || trace.status === query.status,
          );
          return sendJson(reply, 200, { requests: traces.map(presentTrace) }, {});
        },
      );

      admin.get(
        '/requests/:id',
        {
          schema: {
            summary: "One request's decision trace: candidates, attempts, guards, tokens, cost",
            tags,
            security,
          },
        },
        (request, reply) => {
          const trace = services.traces.get((request.params as { id: string }).id);
          if (trace === undefined)
            return fail(
              reply,
              new GatewayError('not_found', { detail: 'unknown or expired request id' }),
            );
          return sendJson(reply, 200, presentTrace(trace), {});
        },
      );

      admin.get(
        '/health',
        {
          schema: {
            summary: 'Circuit breakers per lane, shared-limit mode, requests in flight',
            tags,
            security,
          },
        },
        (_request, reply) =>
          sendJson(
            reply,
            200,
            {
              lanes: services.lanes(),
              limiter_mode: stores.limiterMode(),
              in_flight: requests.size,
            },
            {},
          ),
      );

      admin.get(
        '/stats',
        { schema: { summary: "The seed's JSON stats since this replica started", tags, security } },
        (_request, reply) => sendJson(reply, 200, services.stats.snapshot(), {}),
      );

      done();
    },
    { prefix: '/admin' },
  );
}
