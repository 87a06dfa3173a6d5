import {
  listPatientImportsQuerySchema,
  patientImportJobSchema,
  patientImportPageSchema,
  startPatientImportInputSchema,
} from '@tansiq/domain';
import type { AppDependencies, AppInstance } from '../http/app-types';
import { errorResponses, idParamsSchema } from '../http/error-responses';
import { requestContext } from '../http/request-context';
import { listPatientImports, getPatientImport } from './read-patient-imports';
import { startPatientImport } from './start-patient-import';

const tags = ['patient-imports'];

/**
 * Import of an establishment's legacy patient file (issue #3 §7): start (or only check) an import, follow it, and
 * the history. The file and its mapping travel in the POST body, never in the URL.
 */
export function registerPatientImportRoutes(app: AppInstance, deps: AppDependencies): void {
  app.post(
    '/api/patient-imports',
    {
      schema: {
        tags,
        body: startPatientImportInputSchema,
        response: { 202: patientImportJobSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const job = await startPatientImport(deps, requestContext(request), request.body);
      return reply.status(202).send(job);
    },
  );

  app.get(
    '/api/patient-imports',
    {
      schema: {
        tags,
        querystring: listPatientImportsQuerySchema,
        response: { 200: patientImportPageSchema, ...errorResponses },
      },
    },
    async (request) => listPatientImports(deps.db, requestContext(request), request.query),
  );

  app.get(
    '/api/patient-imports/:id',
    { schema: { tags, params: idParamsSchema, response: { 200: patientImportJobSchema, ...errorResponses } } },
    async (request) => getPatientImport(deps.db, requestContext(request), request.params.id),
  );
}
