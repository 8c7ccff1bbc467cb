// Reading and guarding the saved plan: loaded with the saved plan, after the first render.
export { createGuardedStorage } from './guarded-storage';
export { parseSavedPlan } from './read-saved-plan';
