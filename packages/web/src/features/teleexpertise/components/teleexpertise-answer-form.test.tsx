// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { openTeleexpertise, stubFetch } from '../testing/teleexpertise-fixtures';
import { TeleexpertiseAnswerForm } from './teleexpertise-answer-form';

const renderForm = () =>
  renderWithProviders(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <TeleexpertiseAnswerForm teleexpertise={openTeleexpertise} />
    </QueryClientProvider>,
  );

describe('TeleexpertiseAnswerForm', () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('offers the three kinds of answer and sends the chosen one with the request’s version', async () => {
    const calls = stubFetch(() => ({ body: openTeleexpertise }));
    renderForm();
    expect(screen.getByRole('radio', { name: 'Avis seul' })).toHaveProperty('checked', true);
    expect(screen.getByRole('radio', { name: 'Référence à envoyer' })).toBeTruthy();
    await userEvent.click(screen.getByRole('radio', { name: 'Téléconsultation proposée' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Réponse' }), 'À voir en téléconsultation.');
    await userEvent.click(screen.getByRole('button', { name: 'Envoyer la réponse' }));
    await vi.waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0]).toEqual({
      url: `/api/teleexpertise/${openTeleexpertise.id}/answer`,
      method: 'POST',
      body: { version: 1, kind: 'teleconsultation', text: 'À voir en téléconsultation.' },
    });
  });

  it('does not send an empty answer and says why next to the field', async () => {
    const calls = stubFetch(() => ({ body: openTeleexpertise }));
    renderForm();
    await userEvent.click(screen.getByRole('button', { name: 'Envoyer la réponse' }));
    expect(calls).toEqual([]);
    expect(screen.getByRole('textbox', { name: 'Réponse' }).getAttribute('aria-invalid')).toBe('true');
  });

  it('explains that a colleague answered first (409)', async () => {
    stubFetch(() => ({
      status: 409,
      body: { error: { code: 'conflict', message: 'The request changed since you opened it; reload it', issues: [] } },
    }));
    renderForm();
    await userEvent.type(screen.getByRole('textbox', { name: 'Réponse' }), 'Avis');
    await userEvent.click(screen.getByRole('button', { name: 'Envoyer la réponse' }));
    expect(await screen.findByRole('alert')).toBeTruthy();
  });
});
