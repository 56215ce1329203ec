/** Default settings, kept apart from the assistant so the task pane can show them before the engine loads. */
import { AssistantSettings } from './types';

export const DEFAULT_SETTINGS: AssistantSettings = {
  profile: 'hebei-2023',
  checkpoints: ['3月底', '6月底', '10月底', '12月底'],
  requireFullByYearEnd: true,
};
