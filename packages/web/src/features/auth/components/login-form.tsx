import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { IconAlertCircle, IconLogin } from '@tabler/icons-react';
import type { Me } from '@tansiq/domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api-error';
import { describeError } from '../../../lib/describe-error';
import { useLogin } from '../api/use-login';

interface LoginFormProps {
  onSuccess: (me: Me) => void;
}

/** Username and password; says plainly when the credentials are wrong or too many attempts were made. */
export function LoginForm({ onSuccess }: LoginFormProps) {
  const { t } = useTranslation();
  const login = useLogin();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    login.mutate({ username, password }, { onSuccess });
  }

  let errorText: string | null = null;
  if (login.error) {
    if (isApiError(login.error) && login.error.status === 401) {
      errorText = t('login.invalidCredentials');
    } else if (isApiError(login.error) && login.error.status === 429) {
      errorText = t('login.rateLimited');
    } else {
      errorText = describeError(login.error, t);
    }
  }

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="md">
        {errorText && (
          <Alert color="red" icon={<IconAlertCircle size={18} />} role="alert">
            {errorText}
          </Alert>
        )}
        <TextInput
          label={t('login.username')}
          name="username"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          required
          value={username}
          onChange={(event) => setUsername(event.currentTarget.value)}
        />
        <PasswordInput
          label={t('login.password')}
          name="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(event) => setPassword(event.currentTarget.value)}
        />
        <Button
          type="submit"
          loading={login.isPending}
          disabled={username.trim() === '' || password === ''}
          leftSection={<IconLogin size={18} />}
        >
          {t('login.submit')}
        </Button>
      </Stack>
    </form>
  );
}
