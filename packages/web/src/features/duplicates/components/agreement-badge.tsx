import { Badge } from '@mantine/core';
import type { FieldAgreement } from '@tansiq/domain';
import { useTranslation } from 'react-i18next';
import { agreementColors } from './agreement-colors';

/** The agreement of a field in words, so the colour is never the only signal. */
export function AgreementBadge({ agreement }: { agreement: FieldAgreement }) {
  const { t } = useTranslation();
  return (
    <Badge color={agreementColors[agreement]} variant={agreement === 'missing' ? 'outline' : 'light'} size="sm">
      {t(`duplicates.agreement.${agreement}`)}
    </Badge>
  );
}
