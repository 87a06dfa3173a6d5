import { Badge, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface DemoBadgeProps {
  kind: 'demo' | 'generated';
}

/** Marks fictitious data: the whole instance (demo) or one generated establishment. */
export function DemoBadge({ kind }: DemoBadgeProps) {
  const { t } = useTranslation();
  return (
    <Tooltip label={t(`demo.${kind}Hint`)} withArrow>
      <Badge color={kind === 'demo' ? 'orange' : 'grape'} variant="light" size="sm" style={{ minWidth: 'max-content' }}>
        {t(`demo.${kind}`)}
      </Badge>
    </Tooltip>
  );
}
