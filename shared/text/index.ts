/** Vietnamese text utilities: normal form, search folding, collation, number reading and writing. */
export {
  nfc,
  foldVi,
  compareVi,
  cleanTyped,
  matchesWordStart,
  stripBidi,
  hasBidi,
  stripInvisible,
  BIDI_CONTROLS,
} from './normalize';
export { parseViNumber, formatViNumber, formatViCompact, formatViBytes, type ViNumberResult } from './numbers';
