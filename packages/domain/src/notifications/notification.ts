import { z } from 'zod';

/** An in-app notification: a kind, the record it is about, the parameters of its message (translated by the web). */
export const notificationSchema = z.object({
  id: z.uuid(),
  kind: z.string(),
  entityType: z.string(),
  entityId: z.uuid(),
  params: z.record(z.string(), z.unknown()),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type Notification = z.infer<typeof notificationSchema>;

export const listNotificationsQuerySchema = z.strictObject({
  unreadOnly: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type ListNotificationsQuery = z.infer<typeof listNotificationsQuerySchema>;

export const notificationPageSchema = z.object({
  items: z.array(notificationSchema),
  total: z.number().int(),
  unread: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type NotificationPage = z.infer<typeof notificationPageSchema>;

/** Marks the listed notifications read, or all of them. */
export const markNotificationsReadInputSchema = z.strictObject({
  ids: z.union([z.array(z.uuid()).min(1).max(200), z.literal('all')]),
});
export type MarkNotificationsReadInput = z.infer<typeof markNotificationsReadInputSchema>;
