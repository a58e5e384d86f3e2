/** Minutes (biên bản): the print view a page embeds. */
export { MinutesView } from './minutes-view';
