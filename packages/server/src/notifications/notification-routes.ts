import { z } from 'zod';
import { listNotificationsQuerySchema, markNotificationsReadInputSchema, notificationPageSchema } from '@tansiq/domain';
import { listUserNotifications, markNotificationsRead } from '@tansiq/db';
import type { AppDependencies, AppInstance } from '../http/app-types';
import { errorResponses } from '../http/error-responses';
import { requestContext } from '../http/request-context';

const tags = ['notifications'];

/** The signed-in user's own notifications: list with the unread count, mark read. */
export function registerNotificationRoutes(app: AppInstance, deps: AppDependencies): void {
  const { db } = deps;

  app.get(
    '/api/notifications',
    {
      schema: {
        tags,
        querystring: listNotificationsQuerySchema,
        response: { 200: notificationPageSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { actor } = requestContext(request);
      const page = await listUserNotifications(db, actor.userId, request.query);
      return { ...page, page: request.query.page, pageSize: request.query.pageSize };
    },
  );

  app.post(
    '/api/notifications/read',
    {
      schema: {
        tags,
        body: markNotificationsReadInputSchema,
        response: { 200: z.object({ marked: z.number().int() }), ...errorResponses },
      },
    },
    async (request) => {
      const { actor } = requestContext(request);
      const marked = await db.transaction((tx) => markNotificationsRead(tx, actor.userId, request.body.ids));
      return { marked };
    },
  );
}
