import { z } from 'zod';
import {
  replaceStaffingTableInputSchema,
  staffImportQuerySchema,
  staffImportResultSchema,
  staffingTableQuerySchema,
  staffingTableResponseSchema,
  todayInMorocco,
} from '@tansiq/domain';
import type { AppDependencies, AppInstance } from '../http/app-types';
import { errorResponses } from '../http/error-responses';
import { requestContext } from '../http/request-context';
import { exportStaff } from './export-staff';
import { importStaff } from './import-staff';
import { getStaffingTable, replaceStaffingTable } from './staffing-table-use-cases';

const tags = ['staff'];
// Excel opens UTF-8 CSV correctly (Arabic names) only with a byte-order mark.
const bom = '\uFEFF';

/** The staff CSV (import, export) and the staffing table. */
export function registerStaffFileRoutes(app: AppInstance, deps: AppDependencies): void {
  const { db } = deps;

  app.post(
    '/api/staff/import',
    {
      schema: {
        tags,
        querystring: staffImportQuerySchema,
        body: z.string(),
        response: { 200: staffImportResultSchema, ...errorResponses },
      },
    },
    async (request) =>
      importStaff(db, requestContext(request), request.query.gstId, request.body.replace(/^\uFEFF/, '')),
  );

  app.get(
    '/api/staff/export.csv',
    { schema: { tags, querystring: staffImportQuerySchema, response: { 200: z.string(), ...errorResponses } } },
    async (request, reply) => {
      const csv = await exportStaff(db, requestContext(request), request.query.gstId);
      reply.header('content-type', 'text/csv; charset=utf-8');
      reply.header('content-disposition', `attachment; filename="tansiq-staff-${todayInMorocco()}.csv"`);
      return bom + csv;
    },
  );

  app.get(
    '/api/staffing-table',
    {
      schema: {
        tags,
        querystring: staffingTableQuerySchema,
        response: { 200: staffingTableResponseSchema, ...errorResponses },
      },
    },
    async (request) => getStaffingTable(db, requestContext(request), request.query),
  );

  app.put(
    '/api/staffing-table',
    {
      schema: {
        tags,
        querystring: staffImportQuerySchema,
        body: replaceStaffingTableInputSchema,
        response: { 200: staffingTableResponseSchema, ...errorResponses },
      },
    },
    async (request) => replaceStaffingTable(db, requestContext(request), request.query.gstId, request.body),
  );
}
