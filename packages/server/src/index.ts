// @kume/server: the HTTP API and the server of the web app.

export { createApp, API_VERSION } from './app';
export { configFromEnv, type ServerConfig } from './config';
export { startServer, stopOnSignals, DEFAULT_WEB_DIR, type RunningServer } from './startServer';
export { createSampleProject, SAMPLE_SEED } from './sampleProject';
export { ensureSetupToken } from './auth/setupToken';
export { hashPassword } from './auth/password';
export type { AppDeps } from './context';
export type * from './apiTypes';
export { projectDeck, DECK_FORMATS, type DeckFile } from './deck/projectDeck';
export {
  documentFile,
  DOCUMENT_FORMATS,
  type DocumentFile,
  type DocumentKind,
} from './roadmap/roadmapDocumentFile';
export { createStatisticsCaches } from './statistics/clusterAnalysis';
