// @kume/core: the domain rules and analysis of Kume, pure and shared by server, CLI and browser.

export * from './brand';
export * from './dateSchema';
export * from './text/foldForSearch';
export * from './text/compareText';
export * from './text/slugify';
export * from './text/neutraliseFormula';
export * from './list/queryList';
export * from './random/mulberry32';
export * from './organisation/organisationTypes';
export * from './organisation/organisationInput';
export * from './organisation/importFields';
export * from './organisation/importOrganisations';
export * from './visit/visitInput';
export * from './visit/overdueFollowUps';
export * from './commitment/commitmentInput';
export * from './commitment/latestCommitments';
export * from './readiness/readinessThresholds';
export * from './readiness/assessReadiness';
export * from './readiness/decisionInput';
export * from './project/projectInput';
export * from './account/accountInput';
export * from './project/roles';
export * from './project/stages';
export * from './bundle/projectBundle';
export * from './sample/generateSampleProject';
