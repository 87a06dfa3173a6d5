import { Badge, Button, Table } from '@mantine/core';
import type { Gst } from '@tansiq/domain';
import { useTranslation } from 'react-i18next';
import { localizedName } from '../../../lib/localized-name';
import { useFormatters } from '../../../lib/use-formatters';

interface GstTableProps {
  gsts: Gst[];
  canEdit: boolean;
  onEdit: (gst: Gst) => void;
}

/** The twelve GSTs and where each stands in the roll-out. */
export function GstTable({ gsts, canEdit, onEdit }: GstTableProps) {
  const { t } = useTranslation();
  const { language, formatDate } = useFormatters();
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped highlightOnHover aria-label={t('gsts.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('gsts.region')}</Table.Th>
            <Table.Th>{t('gsts.name')}</Table.Th>
            <Table.Th>{t('gsts.status')}</Table.Th>
            <Table.Th>{t('gsts.operationalSince')}</Table.Th>
            <Table.Th>{t('gsts.cndpAuthorisation')}</Table.Th>
            {canEdit && <Table.Th aria-label={t('common.actions')} />}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {gsts.map((gst) => (
            <Table.Tr key={gst.id}>
              <Table.Td>{gst.regionCode}</Table.Td>
              <Table.Td>
                {localizedName(gst, language)}{' '}
                {gst.isPilot && (
                  <Badge size="xs" color="grape" variant="light">
                    {t('gsts.pilot')}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>
                <Badge color={gst.status === 'operational' ? 'teal' : 'gray'} variant="light">
                  {t(`gsts.statuses.${gst.status}`)}
                </Badge>
              </Table.Td>
              <Table.Td>{gst.operationalSince ? formatDate(gst.operationalSince) : '—'}</Table.Td>
              <Table.Td>{gst.settings.cndpAuthorisation ?? '—'}</Table.Td>
              {canEdit && (
                <Table.Td>
                  <Button size="xs" variant="light" onClick={() => onEdit(gst)}>
                    {t('common.edit')}
                  </Button>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
