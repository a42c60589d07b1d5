// The primary research API's answers as the web app reads them: the server's types (apiTypes),
// under the names the field study pages use.

export type {
  AnalysisView,
  AnswerTagsView,
  InterviewView,
  QuestionnaireSummaryView,
  QuestionnaireTemplateView,
  QuestionnaireView,
  QuotaView,
  QuoteListView,
  RelationView,
  RespondentFormView,
  RespondentLinkView,
  ResponseSummaryView,
  ResponseView,
  TaggedAnalysis,
  TaggedText,
  TaggedTextAnalysis,
} from '@kume/server';
