// @kume/db: the database of Kume (schema, migrations, repositories).

export * from './database';
export * from './errors';
export * as schema from './schema/index';
export * from './repositories/users';
export * from './repositories/projects';
export * from './repositories/organisations';
export * from './repositories/visits';
export * from './repositories/commitments';
export * from './repositories/bundles';
export * from './repositories/statistics';
export * from './repositories/ioTables';
export * from './repositories/geographies';
export * from './repositories/interviews';
export * from './repositories/fieldStudyQueries';
export * from './repositories/questionnaires';
export * from './repositories/respondentLinks';
export * from './repositories/responses';
export * from './repositories/relations';
export * from './repositories/importedResponses';
export * from './repositories/answerTags';
export * from './repositories/surveyStages';
export * from './repositories/workshops';
