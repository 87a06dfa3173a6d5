import {
  staffEditScope,
  toStaffDirectoryEntry,
  type Actor,
  type StaffLeaveDetail,
  type StaffListItem,
  type StaffMemberDetail,
  type StaffView,
} from '@tansiq/domain';
import type { StaffListRow } from '@tansiq/db';
import type { LoadedStaffMember } from './load-staff-member';

/** The staff member's page: everything for a full view, the directory entry only otherwise. */
export function presentStaffMemberDetail(
  actor: Actor,
  loaded: LoadedStaffMember,
  leaves: StaffLeaveDetail[],
): StaffMemberDetail {
  if (loaded.view === 'directory') {
    return { view: 'directory', entry: toStaffDirectoryEntry(loaded.member) };
  }
  return {
    view: 'full',
    member: loaded.member,
    assignments: loaded.assignments,
    leaves,
    editScope: staffEditScope(actor, loaded.target),
  };
}

/** A line of the staff list; the status and establishment only for those with the full view. */
export function presentStaffListItem(row: StaffListRow, view: Exclude<StaffView, 'none'>): StaffListItem {
  const full = view === 'full';
  return {
    ...toStaffDirectoryEntry(row.member),
    view,
    employmentStatus: full ? row.member.employmentStatus : null,
    primaryEstablishment: full ? row.primaryEstablishment : null,
  };
}
