export { meQuery, meQueryKey, fetchMe } from './api/me-query';
export { useLogout } from './api/use-logout';
export { useUpdateLocale } from './api/use-update-locale';
export { LoginForm } from './components/login-form';
export { SessionProvider } from './components/session-provider';
export { useSession } from './use-session';
export type { Session, SessionGst } from './session-context';
