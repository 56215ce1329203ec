/** The lazily loaded panels (see lazyPanels.tsx), in one chunk, with the MessageBars of Notices.tsx. */
export { ConvertPanel } from './ConvertPanel';
export { SummaryPanel } from './SummaryPanel';
export { SettingsPanel } from './SettingsPanel';
export { NoticeBars } from './NoticeBars';
