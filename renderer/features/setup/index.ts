/** First-run setup: the page the assessments screen shows until the machine is set up. */
export { SetupPage } from './setup-page';
