import type { AppDependencies, AppInstance } from '../http/app-types';

/** Routes of this feature (being built, issue #3). */
export function registerEncounterRoutes(app: AppInstance, deps: AppDependencies): void {
  void app;
  void deps;
}
