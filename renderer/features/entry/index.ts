/** The assessment form (route page). */
export { EntryPage } from './entry-page';
