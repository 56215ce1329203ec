/** User settings that change what the checker and renderer do (the task pane's 设置). */
import { ProfileId } from './table';

export interface CheckOptions {
  profile: ProfileId;
  /** Expected spend-plan checkpoint labels; the profile's own when omitted. */
  checkpoints?: string[];
  /** When true (default) a last checkpoint below 100% is an error (S03); when false, a warning. */
  requireFullByYearEnd?: boolean;
}

export const DEFAULT_OPTIONS: CheckOptions = { profile: 'hebei-2023', requireFullByYearEnd: true };
