import { createReferralInputSchema, referralSchema, type CreateReferralInput } from '@tansiq/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

interface CreateReferral {
  input: CreateReferralInput;
  /** One key per form: a double click or a retry creates one referral. */
  idempotencyKey: string;
}

/** Writes a referral (sent at once, or kept as a draft). */
export function useCreateReferral() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ input, idempotencyKey }: CreateReferral) =>
      apiClient.post('/api/referrals', {
        json: createReferralInputSchema.parse(input),
        headers: { 'Idempotency-Key': idempotencyKey },
        schema: referralSchema,
      }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['referrals'] });
    },
  });
}
