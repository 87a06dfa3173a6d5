import { Badge, Tooltip } from '@mantine/core';
import type { EstablishmentType } from '@tansiq/domain';
import { useTranslation } from 'react-i18next';
import { typeColors } from './type-colors';

/** The type code in its map colour, with the full type name on hover. */
export function TypeBadge({ type }: { type: EstablishmentType }) {
  const { t } = useTranslation();
  return (
    <Tooltip label={t(`establishmentType.${type}`)} withArrow>
      <Badge
        color={typeColors[type]}
        variant="filled"
        size="sm"
        style={{ textTransform: 'none', minWidth: 'max-content' }}
      >
        {type}
      </Badge>
    </Tooltip>
  );
}
