import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';

/**
 * The OpenAPI document, generated from the same TypeBox schemas the decoders compile, at
 * `/openapi.json`, and interactive docs at `/docs` served from local assets (no CDN).
 */
export async function registerDocsRoutes(app: FastifyInstance, version: string): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'LLM Secure Gateway',
        version,
        description:
          'One endpoint in front of several LLM providers, with API-key authentication, rate limiting, ' +
          'input validation, prompt-injection detection and automatic failover.',
      },
      components: {
        securitySchemes: {
          apiKey: { type: 'apiKey', in: 'header', name: 'X-API-Key' },
          bearer: { type: 'http', scheme: 'bearer' },
          googApiKey: { type: 'apiKey', in: 'header', name: 'x-goog-api-key' },
          adminBearer: { type: 'http', scheme: 'bearer', description: 'ADMIN_API_KEY' },
        },
      },
    },
  });
  await app.register(swaggerUi, {
    routePrefix: '/docs',
    staticCSP: true,
    uiConfig: { docExpansion: 'list' },
  });
  app.get('/openapi.json', { schema: { hide: true } }, () => app.swagger());
}
