/** The lazily loaded panels (see lazyPanels.tsx), in one chunk. */
export { ConvertPanel } from './ConvertPanel';
export { SummaryPanel } from './SummaryPanel';
export { SettingsPanel } from './SettingsPanel';
