// The derive API's requests and answers as the derive page reads them (the server's types).

export type {
  DeriveAnswerView,
  DeriveCompareView,
  DeriveLevelsView,
  DeriveRequest,
  DeriveResultView,
  IoTableView,
  SaveDerivedRequest,
} from '@kume/server';
