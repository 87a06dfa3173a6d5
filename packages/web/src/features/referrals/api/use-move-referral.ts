import {
  bookReferralInputSchema,
  cancelReferralInputSchema,
  counterReferralInputSchema,
  declineReferralInputSchema,
  editReferralInputSchema,
  redirectReferralInputSchema,
  referralSchema,
  referralVersionInputSchema,
  type ReferralAction,
} from '@tansiq/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiClient } from '../../../lib/api-client';
import { isApiError } from '../../../lib/api-error';
import { referralPath, referralQueryKey } from './use-referral';

/**
 * Each action of the loop: its sub-resource and the body it takes (booking and rescheduling share one); editing a
 * draft is a PATCH of the referral itself.
 */
const stepRequests: Record<ReferralAction, { path: string; schema: z.ZodType; method?: 'PATCH' }> = {
  edit: { path: '', schema: editReferralInputSchema, method: 'PATCH' },
  send: { path: 'send', schema: referralVersionInputSchema },
  accept: { path: 'accept', schema: referralVersionInputSchema },
  decline: { path: 'decline', schema: declineReferralInputSchema },
  redirect: { path: 'redirect', schema: redirectReferralInputSchema },
  waitlist: { path: 'waitlist', schema: referralVersionInputSchema },
  book: { path: 'appointment', schema: bookReferralInputSchema },
  reschedule: { path: 'appointment', schema: bookReferralInputSchema },
  attend: { path: 'attend', schema: referralVersionInputSchema },
  no_show: { path: 'no-show', schema: referralVersionInputSchema },
  counter_refer: { path: 'counter-referral', schema: counterReferralInputSchema },
  close: { path: 'close', schema: referralVersionInputSchema },
  cancel: { path: 'cancel', schema: cancelReferralInputSchema },
};

/** One step: the action and its body, with the `version` the user saw. */
export interface ReferralStep {
  action: ReferralAction;
  body: { version: number } & Record<string, unknown>;
}

/**
 * Takes one step of a referral's loop. The answer replaces the referral on screen; a 409 (someone moved it first)
 * reloads it, so the buttons match its new status.
 */
export function useMoveReferral(referralId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ action, body }: ReferralStep) => {
      const request = stepRequests[action];
      const options = { json: request.schema.parse(body), schema: referralSchema };
      return request.method === 'PATCH'
        ? apiClient.patch(referralPath(referralId), options)
        : apiClient.post(`${referralPath(referralId)}/${request.path}`, options);
    },
    onSuccess: async (referral) => {
      queryClient.setQueryData(referralQueryKey(referralId), referral);
      await queryClient.invalidateQueries({ queryKey: ['referrals', 'list'] });
      await queryClient.invalidateQueries({ queryKey: ['referrals', 'patient'] });
    },
    onError: async (error) => {
      if (isApiError(error) && error.status === 409) {
        await queryClient.invalidateQueries({ queryKey: referralQueryKey(referralId) });
      }
    },
  });
}
