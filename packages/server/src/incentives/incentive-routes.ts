import { z } from 'zod';
import {
  computeIncentiveStatementsInputSchema,
  exportIncentiveStatementsQuerySchema,
  incentiveComputationResultSchema,
  incentiveRuleSetListSchema,
  incentiveRuleSetVersionSchema,
  incentiveRulesQuerySchema,
  incentiveStatementDetailSchema,
  incentiveStatementPageSchema,
  incentiveStatementSummarySchema,
  listIncentiveStatementsQuerySchema,
  myIncentiveStatementsQuerySchema,
  putIncentiveRulesInputSchema,
  validateIncentiveStatementInputSchema,
} from '@tansiq/domain';
import type { AppDependencies, AppInstance } from '../http/app-types';
import { errorResponses, idParamsSchema } from '../http/error-responses';
import { requestContext } from '../http/request-context';
import { listIncentiveRules, saveIncentiveRules } from './incentive-rule-use-cases';
import {
  computeIncentiveStatements,
  exportIncentiveStatements,
  getIncentiveStatement,
  listIncentiveStatementPage,
  listMyIncentiveStatements,
  validateIncentiveStatement,
} from './incentive-statement-use-cases';

const tags = ['incentives'];
// Excel opens UTF-8 CSV correctly (Arabic names) only with a byte-order mark.
const bom = '\uFEFF';

/** Pay-per-act incentives (issue #5 §7): rules, monthly statements, validation, payroll export, one's own statements. */
export function registerIncentiveRoutes(app: AppInstance, deps: AppDependencies): void {
  const { db } = deps;
  const detail = { 200: incentiveStatementDetailSchema, ...errorResponses };

  app.get(
    '/api/incentive-rules',
    {
      schema: {
        tags,
        querystring: incentiveRulesQuerySchema,
        response: { 200: incentiveRuleSetListSchema, ...errorResponses },
      },
    },
    async (request) => listIncentiveRules(db, requestContext(request), request.query.gstId),
  );

  app.put(
    '/api/incentive-rules',
    {
      schema: {
        tags,
        body: putIncentiveRulesInputSchema,
        response: { 200: incentiveRuleSetVersionSchema, ...errorResponses },
      },
    },
    async (request) => saveIncentiveRules(db, requestContext(request), request.body),
  );

  app.post(
    '/api/incentive-statements/compute',
    {
      schema: {
        tags,
        body: computeIncentiveStatementsInputSchema,
        response: { 200: incentiveComputationResultSchema, ...errorResponses },
      },
    },
    async (request) => computeIncentiveStatements(db, requestContext(request), request.body),
  );

  app.get(
    '/api/incentive-statements',
    {
      schema: {
        tags,
        querystring: listIncentiveStatementsQuerySchema,
        response: { 200: incentiveStatementPageSchema, ...errorResponses },
      },
    },
    async (request) => listIncentiveStatementPage(db, requestContext(request), request.query),
  );

  app.get(
    '/api/incentive-statements/mine',
    {
      schema: {
        tags,
        querystring: myIncentiveStatementsQuerySchema,
        response: { 200: z.array(incentiveStatementSummarySchema), ...errorResponses },
      },
    },
    async (request) => listMyIncentiveStatements(db, requestContext(request), request.query.gstId),
  );

  app.get(
    '/api/incentive-statements/export.csv',
    {
      schema: {
        tags,
        querystring: exportIncentiveStatementsQuerySchema,
        response: { 200: z.string(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const csv = await exportIncentiveStatements(db, requestContext(request), request.query);
      reply.header('content-type', 'text/csv; charset=utf-8');
      reply.header('content-disposition', `attachment; filename="tansiq-primes-${request.query.month}.csv"`);
      return bom + csv;
    },
  );

  app.get(
    '/api/incentive-statements/:id',
    { schema: { tags, params: idParamsSchema, response: detail } },
    async (request) => getIncentiveStatement(db, requestContext(request), request.params.id),
  );

  app.post(
    '/api/incentive-statements/:id/validate',
    { schema: { tags, params: idParamsSchema, body: validateIncentiveStatementInputSchema, response: detail } },
    async (request) => validateIncentiveStatement(db, requestContext(request), request.params.id, request.body.version),
  );
}
