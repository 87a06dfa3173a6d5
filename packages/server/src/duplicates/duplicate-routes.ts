import { z } from 'zod';
import {
  duplicatePairComparisonSchema,
  duplicatePairParamsSchema,
  duplicatePairPageSchema,
  duplicatePairSchema,
  listDuplicatePairsQuerySchema,
  markNotDuplicateInputSchema,
  mergeDuplicatePairInputSchema,
  mergeIdParamsSchema,
  mergeResultSchema,
  patientMergeSchema,
  unmergeInputSchema,
  unmergeResultSchema,
} from '@tansiq/domain';
import type { AppDependencies, AppInstance } from '../http/app-types';
import { errorResponses, idParamsSchema } from '../http/error-responses';
import { requestContext } from '../http/request-context';
import { compareDuplicatePair } from './compare-duplicate-pair';
import { markNotDuplicate, mergeDuplicatePair } from './decide-duplicate-pair';
import { listDuplicateQueue } from './list-duplicate-pairs';
import { listPatientMerges, undoPatientMerge } from './patient-merge-history';

const tags = ['duplicates'];

/** The duplicate review queue, merges and unmerges (issue #3 §6): the GST administrators only. */
export function registerDuplicateRoutes(app: AppInstance, deps: AppDependencies): void {
  const { db } = deps;

  app.get(
    '/api/duplicates',
    {
      schema: {
        tags,
        querystring: listDuplicatePairsQuerySchema,
        response: { 200: duplicatePairPageSchema, ...errorResponses },
      },
    },
    async (request) => listDuplicateQueue(db, requestContext(request), request.query),
  );

  app.get(
    '/api/duplicates/:patientAId/:patientBId',
    {
      schema: {
        tags,
        params: duplicatePairParamsSchema,
        response: { 200: duplicatePairComparisonSchema, ...errorResponses },
      },
    },
    async (request) => compareDuplicatePair(db, requestContext(request), request.params),
  );

  app.post(
    '/api/duplicates/:patientAId/:patientBId/merge',
    {
      schema: {
        tags,
        params: duplicatePairParamsSchema,
        body: mergeDuplicatePairInputSchema,
        response: { 200: mergeResultSchema, ...errorResponses },
      },
    },
    async (request) => mergeDuplicatePair(db, requestContext(request), request.params, request.body),
  );

  app.post(
    '/api/duplicates/:patientAId/:patientBId/not-duplicate',
    {
      schema: {
        tags,
        params: duplicatePairParamsSchema,
        body: markNotDuplicateInputSchema,
        response: { 200: duplicatePairSchema, ...errorResponses },
      },
    },
    async (request) => markNotDuplicate(db, requestContext(request), request.params, request.body),
  );

  app.post(
    '/api/patient-merges/:mergeId/unmerge',
    {
      schema: {
        tags,
        params: mergeIdParamsSchema,
        body: unmergeInputSchema,
        response: { 200: unmergeResultSchema, ...errorResponses },
      },
    },
    async (request) => undoPatientMerge(db, requestContext(request), request.params.mergeId, request.body),
  );

  app.get(
    '/api/patients/:id/merges',
    { schema: { tags, params: idParamsSchema, response: { 200: z.array(patientMergeSchema), ...errorResponses } } },
    async (request) => listPatientMerges(db, requestContext(request), request.params.id),
  );
}
