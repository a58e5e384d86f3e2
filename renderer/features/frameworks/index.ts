/** Frameworks (bộ chỉ số): the panel Cài đặt embeds. */
export { FrameworksPanel } from './frameworks-panel';
