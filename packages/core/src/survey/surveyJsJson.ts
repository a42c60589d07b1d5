// The part of SurveyJS's JSON schema that toSurveyJs writes: typed here so that core stays free of
// the survey-core package (the browser loads it; core only produces plain objects for it).

/** A localisable string: `default` is English, the language SurveyJS falls back to. */
export interface SurveyJsText {
  default: string;
  tr: string;
}

/** A choice, row or column: the stored value and its label (organisation names are not translated). */
export interface SurveyJsItem {
  value: string;
  text: SurveyJsText | string;
}

interface SurveyJsQuestionBase {
  name: string;
  title?: SurveyJsText;
  description?: SurveyJsText;
  isRequired?: boolean;
  /** A SurveyJS expression, e.g. `{q_exports} = 'yes'`. */
  visibleIf?: string;
}

export interface SurveyJsTextQuestion extends SurveyJsQuestionBase {
  type: 'text';
  inputType?: 'number';
  min?: number;
  max?: number;
  maxLength?: number;
}

export interface SurveyJsCommentQuestion extends SurveyJsQuestionBase {
  type: 'comment';
  maxLength: number;
}

export interface SurveyJsChoiceQuestion extends SurveyJsQuestionBase {
  type: 'radiogroup' | 'checkbox' | 'dropdown';
  choices: SurveyJsItem[];
  /** Adds SurveyJS's "Other" item: its value is `other`, the typed text goes to `<name>-Comment`. */
  showOtherItem?: boolean;
  storeOthersAsComment?: boolean;
  otherText?: SurveyJsText;
  defaultValue?: string;
}

export interface SurveyJsRatingQuestion extends SurveyJsQuestionBase {
  type: 'rating';
  rateMin: number;
  rateMax: number;
  rateCount: number;
  minRateDescription?: SurveyJsText;
  maxRateDescription?: SurveyJsText;
}

export interface SurveyJsMatrixQuestion extends SurveyJsQuestionBase {
  type: 'matrix';
  rows: SurveyJsItem[];
  columns: SurveyJsItem[];
  eachRowRequired?: boolean;
}

/** A repeated group of questions; its value is an array with one object per panel. */
export interface SurveyJsPanelDynamicQuestion extends SurveyJsQuestionBase {
  type: 'paneldynamic';
  templateElements: SurveyJsElement[];
  templateTitle?: SurveyJsText;
  panelCount: number;
  minPanelCount: number;
  maxPanelCount: number;
  addPanelText?: SurveyJsText;
  removePanelText?: SurveyJsText;
  noEntriesText?: SurveyJsText;
}

export type SurveyJsElement =
  | SurveyJsTextQuestion
  | SurveyJsCommentQuestion
  | SurveyJsChoiceQuestion
  | SurveyJsRatingQuestion
  | SurveyJsMatrixQuestion
  | SurveyJsPanelDynamicQuestion;

export interface SurveyJsPage {
  name: string;
  title?: SurveyJsText;
  elements: SurveyJsElement[];
}

export interface SurveyJsJson {
  title: SurveyJsText;
  description?: SurveyJsText;
  locale?: 'tr' | 'en';
  /** `onHidden`: an answer is cleared as soon as its question is hidden, as validateAnswers assumes. */
  clearInvisibleValues: 'onHidden';
  pages: SurveyJsPage[];
}

/** One value in SurveyJS's `survey.data`. */
export type SurveyJsValue =
  string | number | boolean | string[] | Record<string, string> | Record<string, string | number>[];

/** SurveyJS's `survey.data`: values by question name, plus `<name>-Comment` for "Other" texts. */
export type SurveyJsData = Record<string, SurveyJsValue>;
