// The field study: SMEs reached against the 30-SME quota with the other counts, organisations
// reached by value-chain stage and size, and up to three key questions as bar charts.

import { contentSlide, noticeSlide, notes, type DeckContext } from '../deckContext';
import { barChart, doughnutChart } from '../deckCharts';
import type { DeckFieldStudy } from '../deckInput';
import { CONTENT, columns, figureRow, rows, textBlock } from '../deckLayout';
import type { DeckBlock, DeckSlide, Frame } from '../deckModel';
import { FIELD_WORDS as WORDS } from './fieldStudyTexts';

function reachSlide(context: DeckContext, study: DeckFieldStudy): DeckSlide {
  const words = WORDS[context.language];
  const { format } = context;
  const [progressLabel, progressBar, figuresRow, message] = rows(CONTENT, [
    0.6,
    0.55,
    2.2,
    null,
  ]) as [Frame, Frame, Frame, Frame];
  const missing = Math.max(0, study.quotaTarget - study.smesReached);
  const figures: [string, string][] = [
    [format.integer(study.responsesSubmitted), words.responses(study.questionnaires)],
    [format.integer(study.interviews), words.interviews],
    [format.integer(study.focusGroups), words.focusGroups],
    [format.integer(study.relations), words.relations(format.integer(study.confirmedRelations))],
  ];
  const quotaLine = missing === 0 ? words.quotaMet(study.quotaTarget) : words.quotaMissing(missing);
  return contentSlide(
    context,
    'field_study',
    words.reachTitle,
    [
      textBlock(
        'lead',
        [
          {
            text: words.smesReached(
              format.integer(study.smesReached),
              format.integer(study.quotaTarget),
            ),
            bold: true,
          },
        ],
        progressLabel,
        { valign: 'bottom' },
      ),
      { kind: 'progress', frame: progressBar, value: study.smesReached, target: study.quotaTarget },
      ...figureRow(
        figures.map(([value, label], index) => ({
          value,
          label,
          tone: index === 0 ? 'accent' : 'primary',
        })),
        figuresRow,
      ),
      textBlock('body', [quotaLine, words.method], message, { valign: 'middle' }),
    ],
    notes(
      words.reachNotes(format.integer(study.smesReached), format.integer(study.quotaTarget)),
      quotaLine,
      figures.map(([value, label]) => `${label}: ${value}`).join('\n'),
    ),
  );
}

function profileSlide(context: DeckContext, study: DeckFieldStudy): DeckSlide | null {
  const words = WORDS[context.language];
  const stages = study.byStage.filter((entry) => entry.count > 0);
  const sizes = study.bySize.filter((entry) => entry.count > 0);
  if (stages.length === 0 && sizes.length === 0) return null;
  const [left, right] = columns(CONTENT, [1.6, 1]) as [Frame, Frame];
  const blocks: DeckBlock[] = [];
  const chartArea = (frame: Frame) => rows(frame, [0.45, null], 0.1) as [Frame, Frame];
  if (stages.length > 0) {
    const [heading, chart] = chartArea(sizes.length > 0 ? left : CONTENT);
    blocks.push(
      textBlock('label', [{ text: words.byStage, bold: true }], heading),
      barChart(
        chart,
        'horizontal',
        stages.map((entry) => entry.label),
        [{ name: words.organisations, values: stages.map((entry) => entry.count) }],
        { valueFormat: 'integer', altText: words.byStage },
      ),
    );
  }
  if (sizes.length > 0) {
    const [heading, chart] = chartArea(stages.length > 0 ? right : CONTENT);
    blocks.push(
      textBlock('label', [{ text: words.bySize, bold: true }], heading),
      doughnutChart(
        chart,
        sizes.map((entry) => entry.label),
        sizes.map((entry) => entry.count),
        words.organisations,
        {
          valueFormat: 'integer',
          altText: words.bySize,
        },
      ),
    );
  }
  const line = (entries: { label: string; count: number }[]) =>
    entries.map((entry) => `${entry.label}: ${entry.count}`).join('; ');
  return contentSlide(
    context,
    'field_study',
    words.profileTitle,
    blocks,
    notes(
      words.profileNotes,
      stages.length > 0 && `${words.byStage}: ${line(stages)}.`,
      sizes.length > 0 && `${words.bySize}: ${line(sizes)}.`,
    ),
  );
}

function questionSlide(
  context: DeckContext,
  question: DeckFieldStudy['keyQuestions'][number],
  index: number,
) {
  const words = WORDS[context.language];
  const { format } = context;
  const answers = question.answers.slice(0, 12);
  const total = question.answers.reduce((sum, answer) => sum + answer.count, 0);
  const [lead, chart] = rows(CONTENT, [0.95, null]) as [Frame, Frame];
  const share = (count: number) => (total > 0 ? format.percent((100 * count) / total, 0) : '–');
  return contentSlide(
    context,
    'field_study',
    words.questionTitle(index + 1),
    [
      textBlock('lead', [{ text: question.question, bold: true }], lead, { valign: 'middle' }),
      barChart(
        chart,
        'horizontal',
        answers.map((answer) => answer.label),
        [{ name: words.answers, values: answers.map((answer) => answer.count) }],
        { valueFormat: 'integer', altText: question.question },
      ),
    ],
    notes(
      words.questionNotes(question.question, format.integer(total)),
      answers
        .map((answer) => `${answer.label}: ${answer.count} (${share(answer.count)})`)
        .join('\n'),
      question.answers.length > answers.length &&
        context.texts.andMore(question.answers.length - answers.length),
    ),
  );
}

export function fieldStudySlides(context: DeckContext): DeckSlide[] {
  const words = WORDS[context.language];
  const study = context.input.fieldStudy;
  if (!study) {
    return [
      noticeSlide(
        context,
        'field_study',
        words.sectionTitle,
        words.missing,
        'questionnaires',
        words.explanation,
      ),
    ];
  }
  const profile = profileSlide(context, study);
  return [
    reachSlide(context, study),
    ...(profile ? [profile] : []),
    ...study.keyQuestions
      .filter((question) => question.answers.length > 0)
      .slice(0, 3)
      .map((question, index) => questionSlide(context, question, index)),
  ];
}
