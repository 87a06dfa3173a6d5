import {
  Alert,
  Button,
  Group,
  Modal,
  NativeSelect,
  PasswordInput,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { createUserInputSchema, locales, type Me } from '@tansiq/domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorPanel } from '../../../components/error-panel';
import { useFieldErrors } from '../../../lib/use-field-errors';
import { useCreateUser } from '../api/use-create-user';
import { AssignmentFields } from './assignment-fields';
import { newAssignmentValues, toAssignmentCandidate, type AssignmentValues } from './assignment-values';
import { rowErrors } from './row-errors';

interface CreateUserModalProps {
  opened: boolean;
  onClose: () => void;
  gstId: string;
  gsts: Me['gsts'];
  allowNational: boolean;
}

const languageNames = { fr: 'Français', ar: 'العربية', en: 'English' } as const;

/** A new user with a passphrase and one or more role assignments. */
export function CreateUserModal({ opened, onClose, gstId, gsts, allowNational }: CreateUserModalProps) {
  const { t } = useTranslation();
  const create = useCreateUser();
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [locale, setLocale] = useState<(typeof locales)[number]>('fr');
  const [assignments, setAssignments] = useState<AssignmentValues[]>(() => [newAssignmentValues(gstId)]);

  const { errors, serverIssues, validate, clearIssues } = useFieldErrors(create.error);

  function handleClose() {
    create.reset();
    clearIssues();
    onClose();
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = validate(createUserInputSchema, {
      username,
      displayName,
      email: email.trim() === '' ? null : email.trim(),
      password,
      locale,
      homeGstId: assignments.find((assignment) => assignment.scopeLevel !== 'national')?.gstId ?? null,
      assignments: assignments.map(toAssignmentCandidate),
    });
    if (input) {
      create.mutate(input, {
        onSuccess: () => {
          setUsername('');
          setDisplayName('');
          setEmail('');
          setPassword('');
          setAssignments([newAssignmentValues(gstId)]);
          handleClose();
        },
      });
    }
  }

  return (
    <Modal opened={opened} onClose={handleClose} title={t('users.createTitle')} size="xl">
      <form onSubmit={handleSubmit} noValidate>
        <Stack gap="sm">
          {create.error && serverIssues.length === 0 && <ErrorPanel error={create.error} />}
          {Object.keys(errors).length > 0 && <Alert color="red">{t('form.fixErrors')}</Alert>}
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput
              label={t('users.username')}
              required
              dir="ltr"
              autoComplete="off"
              value={username}
              error={errors.username}
              onChange={(event) => setUsername(event.currentTarget.value)}
            />
            <TextInput
              label={t('users.displayName')}
              required
              value={displayName}
              error={errors.displayName}
              onChange={(event) => setDisplayName(event.currentTarget.value)}
            />
            <TextInput
              label={t('users.email')}
              type="email"
              dir="ltr"
              value={email}
              error={errors.email}
              onChange={(event) => setEmail(event.currentTarget.value)}
            />
            <PasswordInput
              label={t('users.password')}
              description={t('users.passwordHint')}
              required
              autoComplete="new-password"
              value={password}
              error={errors.password}
              onChange={(event) => setPassword(event.currentTarget.value)}
            />
            <NativeSelect
              label={t('users.language')}
              value={locale}
              data={locales.map((value) => ({ value, label: languageNames[value] }))}
              onChange={(event) => setLocale(locales.find((value) => value === event.currentTarget.value) ?? 'fr')}
            />
          </SimpleGrid>
          <Text fw={600} size="sm" mt="xs">
            {t('users.assignments')}
          </Text>
          {errors.assignments && (
            <Text c="red" size="sm">
              {errors.assignments}
            </Text>
          )}
          {assignments.map((assignment, index) => (
            <AssignmentFields
              key={assignment.key}
              number={index + 1}
              values={assignment}
              gsts={gsts}
              allowNational={allowNational}
              errors={rowErrors(errors, `assignments.${index}`)}
              onChange={(values) =>
                setAssignments((current) => current.map((item, itemIndex) => (itemIndex === index ? values : item)))
              }
              onRemove={
                assignments.length > 1
                  ? () => setAssignments((current) => current.filter((_, itemIndex) => itemIndex !== index))
                  : undefined
              }
            />
          ))}
          <Group justify="space-between">
            <Button
              variant="light"
              size="xs"
              leftSection={<IconPlus size={16} />}
              onClick={() => setAssignments((current) => [...current, newAssignmentValues(gstId)])}
            >
              {t('users.addAssignment')}
            </Button>
            <Group>
              <Button variant="default" onClick={handleClose}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={create.isPending}>
                {t('users.create')}
              </Button>
            </Group>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
