import { z } from 'zod';
import {
  createPatientInputSchema,
  createPatientResultSchema,
  patientRecordSchema,
  patientRegistrationSchema,
  patientSchema,
  patientSearchInputSchema,
  patientSearchResultSchema,
  patientVersionSchema,
  registerPatientInputSchema,
  updatePatientInputSchema,
} from '@tansiq/domain';
import type { AppDependencies, AppInstance } from '../http/app-types';
import { errorResponses, idParamsSchema } from '../http/error-responses';
import { requestContext } from '../http/request-context';
import { createPatient } from './create-patient';
import { getPatientRecord, listVersionsOfPatient } from './get-patient-record';
import { parseIdempotencyKey } from './idempotency';
import { registerPatient } from './register-patient';
import { searchPatients } from './search-patients';
import { updatePatient } from './update-patient';

const tags = ['patients'];

/** Routes of the regional patient index: search, registration, patient record (issue #3). */
export function registerPatientRoutes(app: AppInstance, deps: AppDependencies): void {
  const { db } = deps;

  // A POST, so that names and identifiers typed at the desk never appear in URLs or access logs.
  app.post(
    '/api/patients/search',
    {
      schema: { tags, body: patientSearchInputSchema, response: { 200: patientSearchResultSchema, ...errorResponses } },
    },
    async (request) => searchPatients(db, requestContext(request), request.body),
  );

  app.post(
    '/api/patients',
    {
      schema: {
        tags,
        body: createPatientInputSchema,
        headers: z.object({ 'idempotency-key': z.string().optional() }),
        response: { 201: createPatientResultSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const key = parseIdempotencyKey(request.headers['idempotency-key']);
      const created = await createPatient(db, requestContext(request), request.body, key);
      return reply.status(201).send(created);
    },
  );

  app.get(
    '/api/patients/:id',
    { schema: { tags, params: idParamsSchema, response: { 200: patientRecordSchema, ...errorResponses } } },
    async (request) => getPatientRecord(db, requestContext(request), request.params.id),
  );

  app.patch(
    '/api/patients/:id',
    {
      schema: {
        tags,
        params: idParamsSchema,
        body: updatePatientInputSchema,
        response: { 200: patientSchema, ...errorResponses },
      },
    },
    async (request) => updatePatient(db, requestContext(request), request.params.id, request.body),
  );

  app.get(
    '/api/patients/:id/versions',
    { schema: { tags, params: idParamsSchema, response: { 200: z.array(patientVersionSchema), ...errorResponses } } },
    async (request) => listVersionsOfPatient(db, requestContext(request), request.params.id),
  );

  app.post(
    '/api/patients/:id/registrations',
    {
      schema: {
        tags,
        params: idParamsSchema,
        body: registerPatientInputSchema,
        response: { 201: patientRegistrationSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const registration = await registerPatient(db, requestContext(request), request.params.id, request.body);
      return reply.status(201).send(registration);
    },
  );
}
