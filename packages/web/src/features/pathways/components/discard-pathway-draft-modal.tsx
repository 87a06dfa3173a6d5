import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { PathwayMap } from '@tansiq/domain';
import { useTranslation } from 'react-i18next';
import { ErrorPanel } from '../../../components/error-panel';
import { useDiscardPathwayDraft } from '../api/use-pathway-changes';

interface DiscardPathwayDraftModalProps {
  map: PathwayMap;
  onClose: () => void;
  onDiscarded: () => void;
}

/** Confirms discarding a draft and its rows. */
export function DiscardPathwayDraftModal({ map, onClose, onDiscarded }: DiscardPathwayDraftModalProps) {
  const { t } = useTranslation();
  const discard = useDiscardPathwayDraft(map.id);
  return (
    <Modal opened onClose={onClose} title={t('pathways.discard.title', { version: map.version })}>
      <Stack gap="sm">
        {discard.error && <ErrorPanel error={discard.error} />}
        <Text size="sm">{t('pathways.discard.message')}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            color="red"
            loading={discard.isPending}
            onClick={() => discard.mutate(map.revision, { onSuccess: onDiscarded })}
          >
            {t('pathways.discard.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
