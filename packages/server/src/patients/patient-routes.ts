import type { AppDependencies, AppInstance } from '../http/app-types';

/** Routes of the regional patient index: search, registration, patient record (issue #3). */
export function registerPatientRoutes(app: AppInstance, deps: AppDependencies): void {
  void app;
  void deps;
}
