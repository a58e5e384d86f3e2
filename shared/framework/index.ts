/** Indicator frameworks as data: model, scoring mini-language, catalogue CSV, validation, identity. */
export * from './types';
export * from './errors';
export { parseScoringRule, serializeScoringRule, findChoiceLabel, type RuleParseResult } from './scoring-rule';
export { checkRule, type RuleProblem } from './check-rule';
export { CATALOG_COLUMNS, type CatalogColumn, type TableRow } from './columns';
export { parseCsv, writeCsv, csvField, type CsvRecord, type CsvResult } from './csv';
export { checkMeta, type FrameworkMeta, type GroupMeta } from './meta';
export { assembleFramework } from './assemble';
export { frameworkFromCatalog, frameworkToCatalogCsv, frameworkMeta, tableRowsFromGrid } from './catalog';
export { validateFramework } from './validate';
export { parseFrameworkIndex, type FrameworkIndexEntry } from './framework-index';
export { canonicalJson, frameworkFingerprint, frameworkCanonical, compareFrameworks } from './fingerprint';
