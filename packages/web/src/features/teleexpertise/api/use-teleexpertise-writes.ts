import {
  answerTeleexpertiseInputSchema,
  bookTeleconsultationInputSchema,
  cancelTeleconsultationInputSchema,
  createTeleexpertiseInputSchema,
  teleconsultationReportInputSchema,
  teleexpertiseSchema,
  type AnswerTeleexpertiseInput,
  type BookTeleconsultationInput,
  type CreateTeleexpertiseInput,
  type TeleconsultationReportInput,
} from '@tansiq/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { apiClient } from '../../../lib/api-client';

/** Every write refreshes the worklists and the request. */
function useInvalidateTeleexpertise() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['teleexpertise'] });
}

/** Asks for advice; a retried submission of the same form creates one request (idempotency key). */
export function useAskTeleexpertise() {
  const invalidate = useInvalidateTeleexpertise();
  const [key] = useState(() => crypto.randomUUID());
  return useMutation({
    mutationFn: (input: CreateTeleexpertiseInput) =>
      apiClient.post('/api/teleexpertise', {
        json: createTeleexpertiseInputSchema.parse(input),
        headers: { 'idempotency-key': key },
        schema: teleexpertiseSchema,
      }),
    onSuccess: invalidate,
  });
}

/** Answers, cancels, books the teleconsultation, calls it off or records a no-show, or reports it. */
export function useTeleexpertiseWrites(id: string) {
  const invalidate = useInvalidateTeleexpertise();
  const post = (path: string, json: unknown) =>
    apiClient.post(`/api/teleexpertise/${id}/${path}`, { json, schema: teleexpertiseSchema });
  return {
    answer: useMutation({
      mutationFn: (input: AnswerTeleexpertiseInput) => post('answer', answerTeleexpertiseInputSchema.parse(input)),
      onSuccess: invalidate,
    }),
    cancel: useMutation({
      mutationFn: (version: number) => post('cancel', { version }),
      onSuccess: invalidate,
    }),
    book: useMutation({
      mutationFn: (input: BookTeleconsultationInput) =>
        post('teleconsultation', bookTeleconsultationInputSchema.parse(input)),
      onSuccess: invalidate,
    }),
    cancelTeleconsultation: useMutation({
      mutationFn: (reason: string) =>
        post('teleconsultation/cancel', cancelTeleconsultationInputSchema.parse({ reason })),
      onSuccess: invalidate,
    }),
    noShow: useMutation({
      mutationFn: () => post('teleconsultation/no-show', {}),
      onSuccess: invalidate,
    }),
    report: useMutation({
      mutationFn: ({ appointmentId, input }: { appointmentId: string; input: TeleconsultationReportInput }) =>
        apiClient.post(`/api/appointments/${appointmentId}/teleconsultation-report`, {
          json: teleconsultationReportInputSchema.parse(input),
          schema: teleexpertiseSchema,
        }),
      onSuccess: invalidate,
    }),
  };
}
