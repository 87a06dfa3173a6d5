import { Alert, Button, Card, Group, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth';
import { describeError } from '../../../lib/describe-error';
import { useFormatters } from '../../../lib/use-formatters';
import { useDelegationCandidates, useDelegations } from '../api/approval-queries';
import { useCreateDelegation, useRevokeDelegation } from '../api/approval-mutations';

function DelegationForm() {
  const { t } = useTranslation();
  const candidates = useDelegationCandidates();
  const create = useCreateDelegation();
  const [delegateUserId, setDelegate] = useState<string | null>(null);
  const [validFrom, setFrom] = useState('');
  const [validTo, setTo] = useState('');
  const [reason, setReason] = useState('');
  const handleSubmit = () => {
    if (delegateUserId === null) {
      return;
    }
    create.mutate(
      { delegateUserId, validFrom, validTo, requestTypes: null, reason: reason.trim() || null },
      { onSuccess: () => setReason('') },
    );
  };
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="delegation-form-title">
      <Title order={2} size="h4" id="delegation-form-title" mb="sm">
        {t('approvals.delegations.new')}
      </Title>
      <Stack gap="sm">
        <Select
          label={t('approvals.delegations.delegate')}
          data={(candidates.data?.items ?? []).map((user) => ({ value: user.id, label: user.displayName }))}
          value={delegateUserId}
          onChange={setDelegate}
          searchable
        />
        <Group grow>
          <TextInput
            type="date"
            label={t('approvals.delegations.from')}
            value={validFrom}
            onChange={(e) => setFrom(e.currentTarget.value)}
          />
          <TextInput
            type="date"
            label={t('approvals.delegations.to')}
            value={validTo}
            onChange={(e) => setTo(e.currentTarget.value)}
          />
        </Group>
        <TextInput
          label={t('approvals.delegations.reason')}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
        />
        <Group>
          <Button
            onClick={handleSubmit}
            loading={create.isPending}
            disabled={!delegateUserId || !validFrom || !validTo}
          >
            {t('approvals.delegations.save')}
          </Button>
        </Group>
        {create.isError && <Alert color="red">{describeError(create.error, t)}</Alert>}
      </Stack>
    </Card>
  );
}

/** Delegating one's approvals while absent, and the delegations given or received. */
export function DelegationsPanel() {
  const { t } = useTranslation();
  const { me } = useSession();
  const { formatDate } = useFormatters();
  const delegations = useDelegations();
  const revoke = useRevokeDelegation();
  return (
    <Stack gap="md">
      <DelegationForm />
      <Card withBorder padding="md">
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('approvals.delegations.approver')}</Table.Th>
              <Table.Th>{t('approvals.delegations.delegate')}</Table.Th>
              <Table.Th>{t('approvals.delegations.period')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(delegations.data?.items ?? []).map((delegation) => (
              <Table.Tr key={delegation.id}>
                <Table.Td>{delegation.approver.displayName}</Table.Td>
                <Table.Td>{delegation.delegate.displayName}</Table.Td>
                <Table.Td>
                  <Text size="sm">
                    {formatDate(delegation.validFrom)} – {formatDate(delegation.validTo)}
                  </Text>
                  {delegation.reason && (
                    <Text size="xs" c="dimmed">
                      {delegation.reason}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  {delegation.revokedAt ? (
                    <Text size="xs" c="dimmed">
                      {t('approvals.delegations.revoked')}
                    </Text>
                  ) : (
                    delegation.approver.id === me.user.id && (
                      <Button size="xs" variant="light" color="red" onClick={() => revoke.mutate(delegation.id)}>
                        {t('approvals.delegations.revoke')}
                      </Button>
                    )
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Card>
    </Stack>
  );
}
