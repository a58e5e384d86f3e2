/** Hand-off to the receiving level: the send card a page embeds. */
export { SendCard } from './send-card';
