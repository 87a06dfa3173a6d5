import { Stack, Text } from '@mantine/core';
import type { PathwayEstablishmentRef } from '@tansiq/domain';
import { localizedName } from '../../../lib/localized-name';
import { useLanguage } from '../../../lib/use-language';

/** An establishment's name in the current language, with its code in small print below. */
export function EstablishmentLabel({ establishment }: { establishment: PathwayEstablishmentRef }) {
  const language = useLanguage();
  return (
    <Stack gap={0}>
      <Text size="sm">{localizedName(establishment, language)}</Text>
      <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
        {establishment.code}
      </Text>
    </Stack>
  );
}
