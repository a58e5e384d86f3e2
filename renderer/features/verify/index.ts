/** Thẩm tra (route page). */
export { VerifyPage } from './verify-page';
