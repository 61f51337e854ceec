/** The cell parsers in one place; each lives in its own file to keep files small. */
export { DATE_FORMAT_LABELS, detectDateFormat, parseDate } from './dates';
export type { DateFormat, DateFormatGuess } from './dates';
export { detectDecimal, parseNumber } from './numbers';
export type { DecimalGuess, DecimalSeparator } from './numbers';
export { isBooleanWord, parseBoolean } from './booleans';
export { parseLifecycle, stageReached } from './lifecycle';
export type { LifecycleStage, LifecycleValue } from './lifecycle';
