import { Stack, Text } from '@mantine/core';
import type { DuplicatePatientSummary } from '@tansiq/domain';

const join = (...parts: (string | null)[]) => parts.filter((part) => part !== null && part !== '').join(' ');

/** A patient's names in both scripts as entered (DOMAIN.md §7): never a transliteration. */
export function PatientNames({
  patient,
  size = 'sm',
}: {
  patient: Pick<DuplicatePatientSummary, 'givenNameLatin' | 'familyNameLatin' | 'givenNameArabic' | 'familyNameArabic'>;
  size?: 'sm' | 'md' | 'lg';
}) {
  const latin = join(patient.givenNameLatin, patient.familyNameLatin);
  const arabic = join(patient.givenNameArabic, patient.familyNameArabic);
  return (
    <Stack gap={0}>
      {latin !== '' && (
        <Text size={size} fw={600} dir="ltr" ta="start">
          {latin}
        </Text>
      )}
      {arabic !== '' && (
        <Text size={latin === '' ? size : 'sm'} fw={latin === '' ? 600 : 400} c={latin === '' ? undefined : 'dimmed'}>
          <span dir="rtl" lang="ar">
            {arabic}
          </span>
        </Text>
      )}
    </Stack>
  );
}
