/** Vietnamese text utilities: normal form, search folding, collation, number reading and writing. */
export { nfc, foldVi, compareVi } from './normalize';
export { parseViNumber, formatViNumber, formatViCompact, type ViNumberResult } from './numbers';
