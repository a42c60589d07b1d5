// The names of the cluster definitions shipped with Kume, apart from their data so that a command
// line or a form can list them without loading the NACE tables.

/** Kume's NACE Rev.2 default on every class, or on every division (for 2-digit tables). */
export const NACE_DEFINITION_IDS = ['nace-rev2-classes', 'nace-rev2-divisions'] as const;
export type NaceDefinitionId = (typeof NACE_DEFINITION_IDS)[number];
