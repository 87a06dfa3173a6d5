import { Badge } from '@mantine/core';
import type { EstablishmentStatus } from '@tansiq/domain';
import { useTranslation } from 'react-i18next';

const statusColors: Record<EstablishmentStatus, string> = { active: 'teal', planned: 'blue', closed: 'gray' };

export function StatusBadge({ status }: { status: EstablishmentStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={statusColors[status]} variant="light" size="sm" style={{ minWidth: 'max-content' }}>
      {t(`establishmentStatus.${status}`)}
    </Badge>
  );
}
