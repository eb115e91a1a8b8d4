import { type INestApplication } from '@nestjs/common';
import { DocumentBuilder, type OpenAPIObject, type ResponseObject, SwaggerModule } from '@nestjs/swagger';
import { contractSchema, RESPONSE_SCHEMAS } from './response-schema';

/**
 * The OpenAPI 3.1 description of the API: Nest's routes and parameters, every success response
 * with its schema from libs/contracts (response-schema.ts), and the one error body
 * (`ApiErrorBody`) on every error response, which AllExceptionsFilter always sends.
 */
export function openApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setOpenAPIVersion('3.1.0')
    .setTitle('Twinning Exchange API')
    .setDescription('Twinned towns share what they tried, successes and failures, and adapt each other’s practices.')
    .setVersion('1')
    .build();
  const document = SwaggerModule.createDocument(app, config);
  document.components = { ...document.components, schemas: { ...document.components?.schemas, ...RESPONSE_SCHEMAS } };
  const methods = ['get', 'put', 'post', 'delete', 'patch'] as const;
  for (const path of Object.values(document.paths)) {
    for (const operation of methods.flatMap((method) => path[method] ?? [])) {
      for (const [status, response] of Object.entries(operation.responses) as [string, ResponseObject][]) {
        if (/^[45]\d\d$/.test(status) && !response.content) response.content = { 'application/json': { schema: contractSchema('ApiErrorBody') } };
      }
    }
  }
  return document;
}
