import { Alert, Button, Group, List, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import type { PathwayMap } from '@tansiq/domain';
import { useTranslation } from 'react-i18next';
import { localizedName } from '../../../lib/localized-name';
import { useLanguage } from '../../../lib/use-language';

const shownIssues = 8;

interface PathwayIssuesPanelProps {
  map: PathwayMap;
  /** Offered on a draft to administrators: opens the row of an origin (to fix it or add it). */
  onEditOrigin?: (originId: string) => void;
}

/** What stops a map from being published, in words, with a way to fix each row. */
export function PathwayIssuesPanel({ map, onEditOrigin }: PathwayIssuesPanelProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (map.issues.length === 0) {
    return (
      <Alert color="teal" icon={<IconCircleCheck size={18} />} mb="md">
        {t('pathways.issues.none')}
      </Alert>
    );
  }
  const rest = map.issues.length - shownIssues;
  return (
    <Alert
      color="orange"
      icon={<IconAlertTriangle size={18} />}
      title={t('pathways.issues.title', { count: map.issues.length })}
      mb="md"
    >
      <List size="sm" spacing={4}>
        {map.issues.slice(0, shownIssues).map((issue) => (
          <List.Item key={`${issue.code}:${issue.path.join('.')}`}>
            <Group gap="xs" wrap="wrap">
              <Text size="sm">
                {t(`pathways.issue.${issue.code}`, {
                  origin: issue.origin ? localizedName(issue.origin, language) : issue.originEstablishmentId,
                  destination: issue.destination
                    ? localizedName(issue.destination, language)
                    : (issue.destinationEstablishmentId ?? ''),
                })}
              </Text>
              {onEditOrigin && issue.origin && (
                <Button size="compact-xs" variant="light" onClick={() => onEditOrigin(issue.originEstablishmentId)}>
                  {t('pathways.action.edit')}
                </Button>
              )}
            </Group>
          </List.Item>
        ))}
      </List>
      {rest > 0 && (
        <Text size="sm" mt={4}>
          {t('pathways.issues.more', { count: rest })}
        </Text>
      )}
    </Alert>
  );
}
