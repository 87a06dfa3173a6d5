import {
  auditPageSchema,
  canManageNationalUsers,
  canSearchAudit,
  forbidden,
  searchAuditQuerySchema,
  visibleGstIds,
} from '@tansiq/domain';
import { listAuditEvents } from '@tansiq/db';
import type { AppDependencies, AppInstance } from '../http/app-types';
import { errorResponses } from '../http/error-responses';
import { requestContext } from '../http/request-context';

export function registerAuditRoutes(app: AppInstance, deps: AppDependencies): void {
  app.get(
    '/api/audit-events',
    {
      schema: {
        tags: ['audit'],
        querystring: searchAuditQuerySchema,
        response: { 200: auditPageSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { actor } = requestContext(request);
      const query = request.query;
      // National admins read the whole trail (including events of no GST, such as failed logins); GST admins their GSTs.
      const visible = visibleGstIds(actor);
      const gstIds = canManageNationalUsers(actor)
        ? 'all'
        : (visible === 'all' ? [] : visible).filter((gstId) => canSearchAudit(actor, gstId));
      if (gstIds !== 'all' && (gstIds.length === 0 || (query.gstId && !gstIds.includes(query.gstId)))) {
        throw forbidden('You cannot read this audit trail');
      }
      const page = await listAuditEvents(deps.db, { gstIds }, query);
      return { ...page, page: query.page, pageSize: query.pageSize };
    },
  );
}
