/** Tổng hợp (route page). */
export { SummaryPage } from './summary-page';
