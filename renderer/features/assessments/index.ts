/** Đánh giá: the list of assessments (route page). */
export { AssessmentsPage } from './assessments-page';
