/** Keys of the settings table the service uses, in one place so no two handlers collide. */
export const ACTIVE_DATASET = 'active-dataset';
export const workingModelKey = (datasetId: number): string => `working-model:${datasetId}`;
/** Saved column mappings of one kind of file, as a JSON list. */
export const importMappingsKey = (kind: string): string => `import-mappings:${kind}`;
