// Turns the deck's input into laid-out slides in one language: the chosen sections in the chosen
// order, each from its own builder, with the project's name, region and logo on every slide.

import { deckContext, type DeckContext } from './deckContext';
import type { DeckInput, DeckLanguage, DeckLogo, DeckSectionId } from './deckInput';
import { FOOTER, HEADER, LOGO_BOX, MARGIN_X, SLIDE_NUMBER } from './deckLayout';
import { SLIDE_WIDTH, TEXT_METRICS, type DeckModel, type DeckSlide, type Frame } from './deckModel';
import { DECK_TEXTS } from './deckTexts';
import { agendaSlides } from './sections/agendaSlides';
import { attendanceSlides } from './sections/attendanceSlides';
import { benchmarkCaseSlides } from './sections/benchmarkCaseSlides';
import { clusterConceptSlides } from './sections/clusterConceptSlides';
import { clusterMapSlides } from './sections/clusterMapSlides';
import { competitivenessSlides } from './sections/competitivenessSlides';
import { fieldStudySlides } from './sections/fieldStudySlides';
import { nextStepSlides } from './sections/nextStepSlides';
import { secondaryResearchSlides } from './sections/secondaryResearchSlides';
import { titleSlides } from './sections/titleSlides';
import { valueChainGapSlides } from './sections/valueChainGapSlides';
import { workingGroupSlides } from './sections/workingGroupSlides';
import { workshopCalendarSlides } from './sections/workshopCalendarSlides';
import { truncateToWidth } from './textMetrics';

const BUILDERS: Record<DeckSectionId, (context: DeckContext) => DeckSlide[]> = {
  title: titleSlides,
  agenda: agendaSlides,
  cluster_concepts: clusterConceptSlides,
  competitiveness: competitivenessSlides,
  benchmark_case: benchmarkCaseSlides,
  secondary_research: secondaryResearchSlides,
  field_study: fieldStudySlides,
  cluster_map: clusterMapSlides,
  value_chain_gaps: valueChainGapSlides,
  working_group: workingGroupSlides,
  workshop_calendar: workshopCalendarSlides,
  attendance: attendanceSlides,
  next_steps: nextStepSlides,
};

const FOOTER_FONT_SIZE = 10;

/** The logo scaled into the header's right end, keeping its aspect ratio; null without a usable size. */
export function logoFrame(logo: DeckLogo): Frame | null {
  if (!(logo.width > 0 && logo.height > 0)) return null;
  const scale = Math.min(LOGO_BOX.w / logo.width, LOGO_BOX.h / logo.height);
  const w = logo.width * scale;
  const h = logo.height * scale;
  return { x: SLIDE_WIDTH - MARGIN_X - w, y: HEADER.y + (HEADER.h - h) / 2, w, h };
}

/**
 * The deck for `input` in `language`: pure, the same input gives the same slides. Sections are
 * built in the input's order (a repeated one once); no section chosen gives the cover alone.
 */
export function buildDeck(input: DeckInput, language: DeckLanguage): DeckModel {
  const texts = DECK_TEXTS[language];
  const logoBox = input.logo ? logoFrame(input.logo) : null;
  const titleFrame = logoBox ? { ...HEADER, w: logoBox.x - HEADER.x - 0.25 } : HEADER;
  const context = deckContext(input, language, titleFrame);
  // Unknown ids (settings stored by a later version) are skipped rather than failing the deck.
  const sections = [...new Set(input.sections)].filter((section) =>
    Object.hasOwn(BUILDERS, section),
  );
  const slides = (sections.length > 0 ? sections : (['title'] as DeckSectionId[])).flatMap(
    (section) => BUILDERS[section](context),
  );
  const footerText = [
    input.project.name,
    input.project.region,
    input.project.isSample ? texts.sampleFooter : '',
  ]
    .filter((part) => part.trim() !== '')
    .join(' · ');
  return {
    language,
    title: `${input.event?.title ?? texts.informationDay} – ${input.project.name}`,
    titleFrame,
    footer: {
      text: truncateToWidth(footerText, FOOTER.w - 2 * TEXT_METRICS.inset, FOOTER_FONT_SIZE),
      frame: FOOTER,
      fontSize: FOOTER_FONT_SIZE,
    },
    slideNumberFrame: SLIDE_NUMBER,
    logo: input.logo && logoBox ? { image: input.logo, frame: logoBox } : null,
    slides,
  };
}
