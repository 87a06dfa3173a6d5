import { z } from 'zod';
import {
  establishmentCsvColumns,
  establishmentCsvExample,
  establishmentToCsvRow,
  importJobSchema,
  listEstablishmentsQuerySchema,
  outOfScope,
  startImportQuerySchema,
  toCsv,
  authorize,
  canManageRegistry,
  canViewRegistry,
  visibleGstIds,
} from '@tansiq/domain';
import { findImportJob, listAllEstablishments } from '@tansiq/db';
import type { AppDependencies, AppInstance } from '../http/app-types';
import { errorResponses, idParamsSchema } from '../http/error-responses';
import { requestContext } from '../http/request-context';
import { startEstablishmentImport } from './start-establishment-import';

const tags = ['establishments'];
// Excel opens UTF-8 CSV correctly (Arabic names) only with a byte-order mark.
const bom = '\uFEFF';

/** CSV template, export and import of the establishment registry. */
export function registerEstablishmentFileRoutes(app: AppInstance, deps: AppDependencies): void {
  app.get(
    '/api/establishments/template.csv',
    { schema: { tags, response: { 200: z.string(), ...errorResponses } } },
    async (request, reply) => {
      requestContext(request);
      reply.header('content-type', 'text/csv; charset=utf-8');
      reply.header('content-disposition', 'attachment; filename="tansiq-establishments-template.csv"');
      return (
        bom +
        toCsv([[...establishmentCsvColumns], establishmentCsvColumns.map((column) => establishmentCsvExample[column])])
      );
    },
  );

  app.get(
    '/api/establishments/export.csv',
    {
      schema: {
        tags,
        querystring: listEstablishmentsQuerySchema.omit({ page: true, pageSize: true }),
        response: { 200: z.string(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const { actor } = requestContext(request);
      const establishments = await listAllEstablishments(deps.db, { gstIds: visibleGstIds(actor) }, request.query);
      reply.header('content-type', 'text/csv; charset=utf-8');
      reply.header(
        'content-disposition',
        `attachment; filename="tansiq-establishments-${new Date().toISOString().slice(0, 10)}.csv"`,
      );
      return bom + toCsv([[...establishmentCsvColumns], ...establishments.map(establishmentToCsvRow)]);
    },
  );

  app.post(
    '/api/establishment-imports',
    {
      schema: {
        tags,
        querystring: startImportQuerySchema,
        body: z.string(),
        response: { 202: importJobSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const job = await startEstablishmentImport(deps, requestContext(request), request.query, request.body);
      return reply.status(202).send(job);
    },
  );

  app.get(
    '/api/establishment-imports/:id',
    { schema: { tags, params: idParamsSchema, response: { 200: importJobSchema, ...errorResponses } } },
    async (request) => {
      const { actor } = requestContext(request);
      const job = await findImportJob(deps.db, request.params.id);
      if (!job) {
        throw outOfScope('import');
      }
      authorize({
        visible: canViewRegistry(actor, job.gstId),
        allowed: canManageRegistry(actor, { gstId: job.gstId }),
        entity: 'import',
        gstId: job.gstId,
      });
      return job;
    },
  );
}
