import type { Actor, ApprovalRequestRecord, RequestType, RequestTypeConfig } from '@tansiq/domain';
import type { Tx } from '@tansiq/db';
import type { RequestContext } from '../http/request-context';

/** Where a new request sits and whom it concerns, as its type decides from the subject. */
export interface RequestPlacement {
  originEstablishmentId: string;
  destinationEstablishmentId: string | null;
  /** The person the request is about (a mobility's staff member), who then sees it. */
  concernedUserId: string | null;
}

/**
 * What a feature plugs into the generic approvals (issue #5 §4): its request type, its default chains, who may raise
 * it, and what happens on final approval (in the approval's transaction: a failure rolls the approval back).
 * Handlers are composed at the app level (`registerApprovalRoutes(app, deps, [mobilityHandler])`).
 */
export interface ApprovalTypeHandler {
  requestType: RequestType;
  defaultConfig: RequestTypeConfig;
  /**
   * Checks that the actor may raise this request in this GST, and places it.
   * @throws AppError not_found, forbidden, unprocessable
   */
  place(tx: Tx, actor: Actor, gstId: string, subject: unknown): Promise<RequestPlacement>;
  /**
   * Applies an approved request (e.g. creates the assignment); returns what it produced, stored as the outcome.
   * @throws AppError unprocessable when a rule of the type's domain is broken: nothing is written.
   */
  onApproved(tx: Tx, context: RequestContext, request: ApprovalRequestRecord): Promise<Record<string, unknown>>;
  /** A line of text for the decision letter and notifications ("Mission of Salma B. to CHP…"). */
  describe(tx: Tx, request: ApprovalRequestRecord): Promise<string>;
}

/** The handlers the server knows, by request type. */
export type ApprovalTypeHandlers = ReadonlyMap<string, ApprovalTypeHandler>;

export const approvalTypeHandlers = (handlers: readonly ApprovalTypeHandler[]): ApprovalTypeHandlers =>
  new Map(handlers.map((handler) => [handler.requestType.type, handler]));
