import { Badge, Group } from '@mantine/core';
import { IconCheck, IconMinus, IconX } from '@tabler/icons-react';
import type { PatientCandidate } from '@tansiq/domain';
import { useTranslation } from 'react-i18next';

type MatchReason = PatientCandidate['reasons'][number];

/** How a compared field reads at the desk: agrees, agrees in part (a variant, a typo, a year only), or differs. */
export type ReasonTone = 'agree' | 'partial' | 'disagree';

/** Levels that mean the two values are the same (up to normalisation or pronunciation). */
const fullAgreement = new Set(['exact', 'phonetic']);

/**
 * The tone of one reason, or `undefined` for a field missing on either side (nothing to show). A negative weight is
 * evidence against the match whatever the level's name; exact and phonetic agreements are full agreements.
 */
export function reasonTone(reason: MatchReason): ReasonTone | undefined {
  if (reason.level === 'missing') {
    return undefined;
  }
  if (reason.level === 'disagree' || reason.weight < 0) {
    return 'disagree';
  }
  return fullAgreement.has(reason.level) ? 'agree' : 'partial';
}

const toneColors: Record<ReasonTone, string> = { agree: 'green', partial: 'yellow', disagree: 'red' };
const toneIcons: Record<ReasonTone, typeof IconCheck> = { agree: IconCheck, partial: IconMinus, disagree: IconX };

/** i18next reads dots as nesting: `jw_0.94` becomes the key `jw_0_94`. */
const levelKey = (level: string): string => level.replace(/\./g, '_');

interface ReasonChipsProps {
  reasons: readonly MatchReason[];
}

/**
 * Why a candidate scored as it did: one small chip per compared field, green when it agrees, amber when it agrees in
 * part, red when it differs; fields missing on either side are left out. Colour is doubled by an icon and the text.
 */
export function ReasonChips({ reasons }: ReasonChipsProps) {
  const { t } = useTranslation();
  const shown = reasons.flatMap((reason) => {
    const tone = reasonTone(reason);
    return tone === undefined ? [] : [{ reason, tone }];
  });
  if (shown.length === 0) {
    return null;
  }
  return (
    <Group gap={6} role="list" aria-label={t('patients.reason.title')}>
      {shown.map(({ reason, tone }) => {
        const Icon = toneIcons[tone];
        const field = t(`patients.reason.field.${reason.field}`, { defaultValue: reason.field });
        const level = t(`patients.reason.level.${levelKey(reason.level)}`, { defaultValue: reason.level });
        const text = t('patients.reason.chip', { field, level });
        return (
          <Badge
            key={reason.field}
            role="listitem"
            aria-label={`${text} (${t(`patients.reason.tone.${tone}`)})`}
            data-tone={tone}
            color={toneColors[tone]}
            variant="light"
            size="sm"
            radius="sm"
            tt="none"
            fw={500}
            leftSection={<Icon size={12} aria-hidden />}
          >
            {text}
          </Badge>
        );
      })}
    </Group>
  );
}
