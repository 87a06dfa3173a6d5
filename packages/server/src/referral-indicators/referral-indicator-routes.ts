import {
  overdueReferralPageSchema,
  overdueReferralsQuerySchema,
  referralFlowsQuerySchema,
  referralFlowsSchema,
  referralIndicatorsQuerySchema,
  referralIndicatorsSchema,
} from '@tansiq/domain';
import type { AppDependencies, AppInstance } from '../http/app-types';
import { errorResponses } from '../http/error-responses';
import { requestContext } from '../http/request-context';
import { getReferralFlows } from './get-referral-flows';
import { getReferralIndicators } from './get-referral-indicators';
import { listOverdueReferrals } from './list-overdue-referrals';

const tags = ['referral-indicators'];

/** Pathway indicators and flows (issue #4 §9): aggregates only, never a patient. */
export function registerReferralIndicatorRoutes(app: AppInstance, deps: AppDependencies): void {
  app.get(
    '/api/referral-indicators',
    {
      schema: {
        tags,
        querystring: referralIndicatorsQuerySchema,
        response: { 200: referralIndicatorsSchema, ...errorResponses },
      },
    },
    async (request) => getReferralIndicators(deps.db, requestContext(request), request.query),
  );

  app.get(
    '/api/referral-indicators/flows',
    {
      schema: {
        tags,
        querystring: referralFlowsQuerySchema,
        response: { 200: referralFlowsSchema, ...errorResponses },
      },
    },
    async (request) => getReferralFlows(deps.db, requestContext(request), request.query),
  );

  app.get(
    '/api/referral-indicators/overdue',
    {
      schema: {
        tags,
        querystring: overdueReferralsQuerySchema,
        response: { 200: overdueReferralPageSchema, ...errorResponses },
      },
    },
    async (request) => listOverdueReferrals(deps.db, requestContext(request), request.query),
  );
}
