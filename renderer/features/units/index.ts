/** The verifier's units: the panel the assessments screen embeds. */
export { UnitsPanel } from './units-panel';
