/** The import core: detection, mapping, value parsing and row validation, free of Node and DOM. */
export * from './auto-map';
export * from './delimiter';
export * from './extra-attributes';
export * from './fields';
export * from './file-checks';
export * from './formats';
export * from './presets';
export * from './problems';
export * from './records';
export * from './validate';
export * from './values';
export { activityTypeValue, categoryValue, companySizeValue } from './category-values';
export { emailDomainType, normaliseEmail } from './email';
export { FunnelFill, type FunnelSignals } from './funnel';
export { OutcomeIndex } from './outcome-index';
export type { RowStats } from './row-reader';
export { decodeWindows1252 } from './windows-1252';
