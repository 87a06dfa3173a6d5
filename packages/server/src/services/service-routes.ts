import { z } from 'zod';
import {
  bedAvailabilitySchema,
  consultationSlotSchema,
  directoryEntrySchema,
  freeSlotsQuerySchema,
  listServiceDirectoryQuerySchema,
  serviceDetailSchema,
  serviceDirectoryPageSchema,
  slotShortageQuerySchema,
  slotShortageSchema,
  specialtyCodes,
  updateBedsInputSchema,
  updateDirectoryEntryInputSchema,
} from '@tansiq/domain';
import type { AppDependencies, AppInstance } from '../http/app-types';
import { errorResponses } from '../http/error-responses';
import { requestContext } from '../http/request-context';
import { getServiceDetail } from './get-service-detail';
import { registerHolidayRoutes } from './holiday-routes';
import { listServiceDirectory } from './list-service-directory';
import { registerScheduleRoutes } from './schedule-routes';
import { getFreeSlots, getSlotShortages } from './slot-use-cases';
import { updateBeds } from './update-beds';
import { updateDirectoryEntry } from './update-directory-entry';

const tags = ['service directory'];

/** A service: an establishment and one of its specialties. */
export const serviceParamsSchema = z.strictObject({
  id: z.uuid(),
  specialtyCode: z.enum(specialtyCodes as [string, ...string[]]),
});

const servicePath = '/api/establishments/:id/services/:specialtyCode';

/** The directory of services (issue #4 §2), its sessions, beds and slot shortages (§4), and the GST holidays. */
export function registerServiceDirectoryRoutes(app: AppInstance, deps: AppDependencies): void {
  const { db } = deps;

  app.get(
    '/api/service-directory',
    {
      schema: {
        tags,
        querystring: listServiceDirectoryQuerySchema,
        response: { 200: serviceDirectoryPageSchema, ...errorResponses },
      },
    },
    async (request) => listServiceDirectory(db, requestContext(request), request.query),
  );

  app.get(
    servicePath,
    { schema: { tags, params: serviceParamsSchema, response: { 200: serviceDetailSchema, ...errorResponses } } },
    async (request) => getServiceDetail(db, requestContext(request), request.params.id, request.params.specialtyCode),
  );

  app.get(
    `${servicePath}/directory-entry`,
    { schema: { tags, params: serviceParamsSchema, response: { 200: directoryEntrySchema, ...errorResponses } } },
    async (request) =>
      (await getServiceDetail(db, requestContext(request), request.params.id, request.params.specialtyCode)).entry,
  );

  app.put(
    `${servicePath}/directory-entry`,
    {
      schema: {
        tags,
        params: serviceParamsSchema,
        body: updateDirectoryEntryInputSchema,
        response: { 200: directoryEntrySchema, ...errorResponses },
      },
    },
    async (request) =>
      updateDirectoryEntry(db, requestContext(request), request.params.id, request.params.specialtyCode, request.body),
  );

  app.put(
    `${servicePath}/beds`,
    {
      schema: {
        tags,
        params: serviceParamsSchema,
        body: updateBedsInputSchema,
        response: { 200: bedAvailabilitySchema, ...errorResponses },
      },
    },
    async (request) =>
      updateBeds(db, requestContext(request), request.params.id, request.params.specialtyCode, request.body),
  );

  app.get(
    `${servicePath}/free-slots`,
    {
      schema: {
        tags,
        params: serviceParamsSchema,
        querystring: freeSlotsQuerySchema,
        response: { 200: z.array(consultationSlotSchema), ...errorResponses },
      },
    },
    async (request) =>
      getFreeSlots(db, requestContext(request), request.params.id, request.params.specialtyCode, request.query),
  );

  app.get(
    '/api/slot-shortages',
    {
      schema: {
        tags,
        querystring: slotShortageQuerySchema,
        response: { 200: z.array(slotShortageSchema), ...errorResponses },
      },
    },
    async (request) => getSlotShortages(db, requestContext(request), request.query),
  );

  registerScheduleRoutes(app, deps);
  registerHolidayRoutes(app, deps);
}
