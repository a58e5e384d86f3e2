/** Cài đặt (route page). */
export { SettingsPage } from './settings-page';
