import { Badge, Burger, Group, NativeSelect, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSession, useUpdateLocale } from '../../features/auth';
import { NotificationBell } from '../../features/notifications';
import { localizedName } from '../../lib/localized-name';
import { useLanguage } from '../../lib/use-language';
import { LanguageSwitch } from './language-switch';
import { UserMenu } from './user-menu';

interface AppHeaderProps {
  navbarOpened: boolean;
  onToggleNavbar: () => void;
}

/** App name, current GST (switchable when the user sees several), demo badge, language and user menu. */
export function AppHeader({ navbarOpened, onToggleNavbar }: AppHeaderProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { me, gst, selectGst } = useSession();
  const updateLocale = useUpdateLocale();

  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="sm">
      {/* The start side gives way (it clips) so that the end side's bell, languages and menu never overlap it. */}
      <Group gap="sm" wrap="nowrap" style={{ minWidth: 0, overflow: 'hidden' }}>
        <Burger
          opened={navbarOpened}
          onClick={onToggleNavbar}
          hiddenFrom="md"
          size="sm"
          aria-label={t('header.menu')}
        />
        <Text fw={700} size="lg" style={{ whiteSpace: 'nowrap' }}>
          Tansiq — <span lang="ar">تنسيق</span>
        </Text>
        {me.gsts.length > 1 ? (
          <NativeSelect
            aria-label={t('header.gst')}
            size="xs"
            value={gst.id}
            data={me.gsts.map((candidate) => ({ value: candidate.id, label: localizedName(candidate, language) }))}
            onChange={(event) => selectGst(event.currentTarget.value)}
            visibleFrom="sm"
          />
        ) : (
          <Text
            size="sm"
            c="dimmed"
            truncate
            visibleFrom="sm"
            data-testid="current-gst"
            style={{ minWidth: 0, flexShrink: 10 }}
          >
            {localizedName(gst, language)}
          </Text>
        )}
        {me.demoMode && (
          <Tooltip label={t('demo.modeHint')} withArrow>
            <Badge color="orange" variant="filled" size="sm" visibleFrom="xs" style={{ minWidth: 0 }}>
              {t('demo.mode')}
            </Badge>
          </Tooltip>
        )}
      </Group>
      <Group gap="sm" wrap="nowrap" style={{ flexShrink: 0 }}>
        <NotificationBell />
        <LanguageSwitch onSwitch={(locale) => updateLocale.mutate(locale)} />
        <UserMenu />
      </Group>
    </Group>
  );
}
