import { Stack } from '@mantine/core';
import {
  IconBuildingCommunity,
  IconBuildingHospital,
  IconChartBar,
  IconFileImport,
  IconInfoCircle,
  IconListSearch,
  IconMap2,
  IconUsers,
  IconUserSearch,
  IconUsersGroup,
  IconGitMerge,
  IconShieldLock,
  IconDatabaseImport,
  IconArrowsExchange,
  IconStethoscope,
  IconCalendarExclamation,
  IconCalendarOff,
  IconRoute,
  IconMessages,
  IconChartArrows,
  IconAddressBook,
  IconId,
  IconChecklist,
  IconCalendarUser,
  IconCoins,
  IconScale,
  IconReportAnalytics,
} from '@tabler/icons-react';
import {
  canManagePatientIdentities,
  canManageRegistry,
  canManageUsers,
  canSearchAudit,
  canSearchPatients,
  establishmentsWhereActor,
  isNational,
  canReviewBreakGlass,
  careRoles,
  canViewSlotShortages,
  canViewPathways,
  clinicalRoles,
  canViewReferralIndicators,
  staffDirectoryRoles,
  canViewRosters,
  worksInGst,
  wisnViewScope,
  hrDashboardScope,
} from '@tansiq/domain';
import { useTranslation } from 'react-i18next';
import { NavLinkItem } from '../../components/nav-link-item';
import { useSession } from '../../features/auth';

interface AppNavbarProps {
  onNavigate: () => void;
}

/** The pages this user may use; entries the policy forbids are not shown. */
export function AppNavbar({ onNavigate }: AppNavbarProps) {
  const { t } = useTranslation();
  const { actor, gst } = useSession();
  const iconSize = 18;
  return (
    <Stack gap={2} component="nav" aria-label={t('nav.label')}>
      <NavLinkItem
        to="/"
        activeOptions={{ exact: true }}
        label={t('nav.overview')}
        leftSection={<IconChartBar size={iconSize} />}
        onClick={onNavigate}
      />
      <NavLinkItem
        to="/establishments"
        search={{ page: 1 }}
        label={t('nav.establishments')}
        leftSection={<IconBuildingHospital size={iconSize} />}
        onClick={onNavigate}
      />
      <NavLinkItem to="/map" label={t('nav.map')} leftSection={<IconMap2 size={iconSize} />} onClick={onNavigate} />
      <NavLinkItem
        to="/services"
        search={{ page: 1 }}
        label={t('nav.services')}
        leftSection={<IconStethoscope size={iconSize} />}
        onClick={onNavigate}
      />
      {canViewSlotShortages(actor, gst.id) && (
        <NavLinkItem
          to="/slot-shortages"
          label={t('nav.slotShortages')}
          leftSection={<IconCalendarExclamation size={iconSize} />}
          onClick={onNavigate}
        />
      )}
      {canViewPathways(actor, gst.id) && (
        <NavLinkItem
          to="/pathways"
          search={{ specialty: 'cardiology', view: 'table' }}
          label={t('nav.pathways')}
          leftSection={<IconRoute size={iconSize} />}
          onClick={onNavigate}
        />
      )}
      {canViewReferralIndicators(actor, gst.id) && (
        <NavLinkItem
          to="/referral-indicators"
          label={t('nav.referralIndicators')}
          leftSection={<IconChartArrows size={iconSize} />}
          onClick={onNavigate}
        />
      )}
      {wisnViewScope(actor, gst.id) !== null && (
        <NavLinkItem
          to="/wisn"
          label={t('wisn.nav')}
          leftSection={<IconScale size={iconSize} />}
          onClick={onNavigate}
        />
      )}
      {hrDashboardScope(actor, gst.id) !== null && (
        <NavLinkItem
          to="/hr-dashboard"
          label={t('hrDashboard.nav')}
          leftSection={<IconReportAnalytics size={iconSize} />}
          onClick={onNavigate}
        />
      )}
      {canSearchPatients(actor, gst.id) && (
        <NavLinkItem
          to="/patients"
          label={t('nav.patients')}
          leftSection={<IconUserSearch size={iconSize} />}
          onClick={onNavigate}
        />
      )}
      {establishmentsWhereActor(actor, careRoles, gst.id).length > 0 && (
        <NavLinkItem
          to="/referrals"
          search={{ page: 1 }}
          label={t('nav.referrals')}
          leftSection={<IconArrowsExchange size={iconSize} />}
          onClick={onNavigate}
        />
      )}
      {establishmentsWhereActor(actor, clinicalRoles, gst.id).length > 0 && (
        <NavLinkItem
          to="/teleexpertise"
          label={t('teleexpertise.nav')}
          leftSection={<IconMessages size={iconSize} />}
          onClick={onNavigate}
        />
      )}
      {actor.assignments.some((assignment) => assignment.gstId === gst.id) && (
        <NavLinkItem
          to="/approvals"
          search={{ view: 'mine' }}
          label={t('approvals.nav')}
          leftSection={<IconChecklist size={iconSize} />}
          onClick={onNavigate}
        />
      )}
      {canManagePatientIdentities(actor, gst.id) && (
        <>
          <NavLinkItem
            to="/duplicates"
            search={{ status: 'pending', page: 1 }}
            label={t('nav.duplicates')}
            leftSection={<IconUsersGroup size={iconSize} />}
            onClick={onNavigate}
          />
          <NavLinkItem
            to="/deduplication"
            label={t('nav.deduplication')}
            leftSection={<IconGitMerge size={iconSize} />}
            onClick={onNavigate}
          />
        </>
      )}
      {(canManagePatientIdentities(actor, gst.id) ||
        establishmentsWhereActor(actor, ['establishment_admin'], gst.id).length > 0) && (
        <NavLinkItem
          to="/patient-import"
          label={t('nav.patientImport')}
          leftSection={<IconDatabaseImport size={iconSize} />}
          onClick={onNavigate}
        />
      )}
      {canReviewBreakGlass(actor, gst.id) && (
        <NavLinkItem
          to="/break-glass-review"
          search={{ status: 'pending', page: 1 }}
          label={t('nav.breakGlassReview')}
          leftSection={<IconShieldLock size={iconSize} />}
          onClick={onNavigate}
        />
      )}
      {canManageRegistry(actor, { gstId: gst.id }) && (
        <NavLinkItem
          to="/import"
          label={t('nav.import')}
          leftSection={<IconFileImport size={iconSize} />}
          onClick={onNavigate}
        />
      )}
      {canManageUsers(actor, gst.id) && (
        <NavLinkItem
          to="/users"
          label={t('nav.users')}
          leftSection={<IconUsers size={iconSize} />}
          onClick={onNavigate}
        />
      )}
      {canSearchAudit(actor, gst.id) && (
        <NavLinkItem
          to="/audit"
          search={{ page: 1 }}
          label={t('nav.audit')}
          leftSection={<IconListSearch size={iconSize} />}
          onClick={onNavigate}
        />
      )}
      {isNational(actor) && (
        <NavLinkItem
          to="/gsts"
          label={t('nav.gsts')}
          leftSection={<IconBuildingCommunity size={iconSize} />}
          onClick={onNavigate}
        />
      )}
      {actor.assignments.some((item) => item.gstId === gst.id && staffDirectoryRoles.includes(item.role)) && (
        <>
          <NavLinkItem
            to="/staff"
            search={{ page: 1 }}
            label={t('staff.nav')}
            leftSection={<IconAddressBook size={iconSize} />}
            onClick={onNavigate}
          />
          <NavLinkItem
            to="/staff/me"
            label={t('staff.navMyRecord')}
            leftSection={<IconId size={iconSize} />}
            onClick={onNavigate}
          />
        </>
      )}
      <NavLinkItem
        to="/holidays"
        label={t('nav.holidays')}
        leftSection={<IconCalendarOff size={iconSize} />}
        onClick={onNavigate}
      />
      {canViewRosters(actor, gst.id) && (
        <NavLinkItem
          to="/rosters"
          label={t('rosters.nav')}
          leftSection={<IconCalendarUser size={iconSize} />}
          onClick={onNavigate}
        />
      )}
      {worksInGst(actor, gst.id) && (
        <NavLinkItem
          to="/incentives"
          label={t('incentives.nav')}
          leftSection={<IconCoins size={iconSize} />}
          onClick={onNavigate}
        />
      )}
      <NavLinkItem
        to="/about"
        label={t('nav.about')}
        leftSection={<IconInfoCircle size={iconSize} />}
        onClick={onNavigate}
      />
    </Stack>
  );
}
