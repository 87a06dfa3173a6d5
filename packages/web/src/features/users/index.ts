export { useUsers, usersPageSize } from './api/use-users';
export { useUpdateUser } from './api/use-update-user';
export { useChangeAssignment } from './api/use-change-assignment';
export { UserTable } from './components/user-table';
export { CreateUserModal } from './components/create-user-modal';
export { AddAssignmentModal } from './components/add-assignment-modal';
