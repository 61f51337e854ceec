import path from 'node:path';
import type Database from 'better-sqlite3';
import { ApiError, type DatasetSummary } from '../../shared/api';
import type { ScoringModel } from '../../shared/model/scoring-model';
import { parseScoringModel } from '../../shared/model/validate-model';
import { listDatasets } from '../store';

/*
 * Validators for arguments that arrive as unknown over IPC or HTTP. Each returns the value typed
 * or throws an ApiError whose message the UI can show as it is.
 */

export function objectArg(arg: unknown): Record<string, unknown> {
  if (typeof arg !== 'object' || arg === null || Array.isArray(arg)) {
    throw new ApiError('api/bad-argument', 'Expected an object argument.');
  }
  return arg as Record<string, unknown>;
}

export function wholeNumberOf(arg: unknown, key: string): number {
  const value = objectArg(arg)[key];
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    throw new ApiError('api/bad-argument', `${key} must be a whole number.`);
  }
  return value;
}

export const datasetIdOf = (arg: unknown): number => wholeNumberOf(arg, 'datasetId');
export const idOf = (arg: unknown): number => wholeNumberOf(arg, 'id');

export interface TextRule {
  key: string;
  /** How the message names the text, e.g. 'A scenario name'. */
  subject: string;
  /** In characters as a person counts them (an emoji is one). */
  max: number;
  /** The message for a blank value; absent when blank is allowed. Required texts are trimmed. */
  blank?: string;
}

export function textOf(arg: unknown, rule: TextRule): string {
  const value = objectArg(arg)[rule.key];
  if (typeof value !== 'string') throw new ApiError('api/bad-argument', `${rule.key} must be text.`);
  const text = rule.blank === undefined ? value : value.trim();
  if (rule.blank !== undefined && text === '') throw new ApiError('api/bad-argument', rule.blank);
  const length = Array.from(text).length;
  if (length > rule.max) {
    throw new ApiError(
      'api/bad-argument',
      `${rule.subject} can be at most ${count(rule.max)} characters; this one has ${count(length)}. Shorten it.`,
    );
  }
  return text;
}

/** As textOf, for a field a patch may leave out. */
export function optionalTextOf(arg: unknown, rule: TextRule): string | undefined {
  return objectArg(arg)[rule.key] === undefined ? undefined : textOf(arg, rule);
}

/** The `model` field, checked in full; a ModelError lists every problem with its path. */
export function modelOf(arg: unknown): ScoringModel {
  return parseScoringModel(objectArg(arg).model);
}

/** Dates cross the API as epoch milliseconds; Date accepts up to ±8.64e15. */
export function epochMsOf(arg: unknown, key: string): number {
  const value = objectArg(arg)[key];
  if (typeof value !== 'number' || !Number.isInteger(value) || Math.abs(value) > 8.64e15) {
    throw new ApiError(
      'api/bad-argument',
      `${key} must be a date as epoch milliseconds (a whole number, e.g. Date.now()).`,
    );
  }
  return value;
}

/**
 * The `file` field: a full path, as native file dialogs give. A relative path would be read
 * against the service's working folder, which the user neither sees nor chooses.
 */
export function fileOf(arg: unknown): string {
  const { file } = objectArg(arg);
  if (typeof file !== 'string' || file.trim() === '') {
    throw new ApiError('api/bad-argument', 'file must be the path of a file.');
  }
  if (!path.isAbsolute(file)) {
    throw new ApiError('api/bad-argument', `file must be a full path, like those a file dialog gives; got "${file}".`);
  }
  return path.resolve(file);
}

/** The dataset with its counts; for calls that return it. */
export function requireDataset(db: Database.Database, datasetId: number): DatasetSummary {
  const dataset = listDatasets(db).find((d) => d.id === datasetId);
  if (!dataset) throw datasetNotFound(datasetId);
  return dataset;
}

/** Only that the dataset exists, without counting its leads and activities. */
export function requireDatasetExists(db: Database.Database, datasetId: number): void {
  if (db.prepare('SELECT 1 FROM datasets WHERE id = ?').get(datasetId) === undefined) {
    throw datasetNotFound(datasetId);
  }
}

function datasetNotFound(datasetId: number): ApiError {
  return new ApiError('dataset/not-found', `There is no dataset with id ${datasetId} in this workspace.`);
}

function count(n: number): string {
  return n.toLocaleString('en-US');
}
