import { rosterSwapOptionsParamsSchema, rosterSwapOptionsSchema, rosterSwapViewSchema } from '@tansiq/domain';
import type { AppDependencies, AppInstance } from '../http/app-types';
import { errorResponses, idParamsSchema } from '../http/error-responses';
import { requestContext } from '../http/request-context';
import { getRosterSwap } from './get-roster-swap';
import { listRosterSwapOptionsOf } from './list-roster-swap-options';

/**
 * Roster swaps (issue #5 §6): what the form offers for a shift, and a swap request as its parties see it. The
 * requests themselves go through the approvals (`POST /api/approval-requests`, type `roster_swap`).
 */
export function registerRosterSwapRoutes(app: AppInstance, deps: AppDependencies): void {
  app.get(
    '/api/rosters/:id/shifts/:shiftId/swap-options',
    {
      schema: {
        tags: ['rosters'],
        params: rosterSwapOptionsParamsSchema,
        response: { 200: rosterSwapOptionsSchema, ...errorResponses },
      },
    },
    async (request) =>
      listRosterSwapOptionsOf(deps.db, requestContext(request), request.params.id, request.params.shiftId),
  );

  app.get(
    '/api/approval-requests/:id/roster-swap',
    {
      schema: {
        tags: ['rosters'],
        params: idParamsSchema,
        response: { 200: rosterSwapViewSchema, ...errorResponses },
      },
    },
    async (request) => getRosterSwap(deps.db, requestContext(request), request.params.id),
  );
}
