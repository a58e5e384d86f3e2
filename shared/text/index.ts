/** Vietnamese text utilities: normal form, search folding, collation, number reading and writing. */
export { nfc, foldVi, compareVi, cleanTyped, matchesWordStart } from './normalize';
export { parseViNumber, formatViNumber, formatViCompact, type ViNumberResult } from './numbers';
