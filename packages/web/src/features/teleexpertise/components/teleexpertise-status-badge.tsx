import { Badge } from '@mantine/core';
import type { TeleexpertiseAnswerKind, TeleexpertiseStatus } from '@tansiq/domain';
import { useTranslation } from 'react-i18next';

const colors: Record<TeleexpertiseStatus, string> = { open: 'blue', answered: 'teal', cancelled: 'gray' };

/** The status of a request; an answered one shows the kind of its answer. */
export function TeleexpertiseStatusBadge({
  status,
  answerKind,
}: {
  status: TeleexpertiseStatus;
  answerKind: TeleexpertiseAnswerKind | null;
}) {
  const { t } = useTranslation();
  return (
    <Badge color={colors[status]} variant="light">
      {status === 'answered' && answerKind
        ? t(`teleexpertise.answerKind.${answerKind}`)
        : t(`teleexpertise.status.${status}`)}
    </Badge>
  );
}
