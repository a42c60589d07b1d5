// The benchmark cluster initiative chosen from the project's library: its profile and
// highlights, then its lessons for this cluster, always with its source.

import { localText } from '../../survey/localText';
import { contentSlide, noticeSlide, notes, type DeckContext } from '../deckContext';
import { CONTENT, bullets, columns, rows, textBlock } from '../deckLayout';
import type { DeckSlide, Frame } from '../deckModel';

const WORDS = {
  tr: {
    prefix: 'Örnek küme girişimi',
    title: 'Örnek küme girişimi',
    founded: (year: number) => `kuruluş ${year}`,
    scale: 'Ölçek',
    highlights: 'Öne çıkanlar',
    lessonsTitle: (name: string) => `${name}: bizim için dersler`,
    source: (source: string) => `Kaynak: ${source}`,
    noSource: 'Kaynak belirtilmedi.',
    missing: 'Bu sunum için bir örnek küme girişimi seçilmedi.',
    explanation:
      'Örnek girişim, başka bir bölgenin benzer bir yolu nasıl yürüdüğünü gösterir: kuruluşu, ölçeği, öne çıkan işleri ve dersleri. Kume birkaç iyi belgelenmiş örnekle gelir; kendi örneğinizi de ekleyebilirsiniz.',
    profileNotes: (name: string, country: string, sector: string) =>
      `Şimdi başka bir bölgeden bir örneğe bakalım: ${name} (${country}; ${sector}).`,
    lessonsNotes:
      'Bu örneği birebir kopyalamıyoruz; kendi kümemize uyan dersleri çıkarıyoruz. Çalıştaylarda bu derslere döneceğiz.',
  },
  en: {
    prefix: 'Benchmark',
    title: 'A benchmark cluster initiative',
    founded: (year: number) => `founded ${year}`,
    scale: 'Scale',
    highlights: 'Highlights',
    lessonsTitle: (name: string) => `${name}: lessons for us`,
    source: (source: string) => `Source: ${source}`,
    noSource: 'No source given.',
    missing: 'No benchmark cluster initiative has been chosen for this deck.',
    explanation:
      'A benchmark shows how another region walked a similar path: how it started, its scale, what it did and what it learnt. Kume comes with a few well-documented cases, and you can add your own.',
    profileNotes: (name: string, country: string, sector: string) =>
      `Let us look at an example from another region: ${name} (${country}; ${sector}).`,
    lessonsNotes:
      'We do not copy this case as it is; we take the lessons that fit our cluster. We will come back to them in the workshops.',
  },
};

export function benchmarkCaseSlides(context: DeckContext): DeckSlide[] {
  const words = WORDS[context.language];
  const chosen = context.input.benchmarkCase;
  if (!chosen) {
    return [
      noticeSlide(
        context,
        'benchmark_case',
        words.title,
        words.missing,
        'benchmarkCases',
        words.explanation,
      ),
    ];
  }
  const text = (value: Parameters<typeof localText>[0]) => localText(value, context.language);
  const country = text(chosen.country);
  const sector = text(chosen.sector);
  const summary = text(chosen.summary);
  const scale = text(chosen.scale);
  const highlights = chosen.highlights.map(text).filter((line) => line !== '');
  const lessons = chosen.lessons.map(text).filter((line) => line !== '');
  const source = chosen.source.trim() ? words.source(chosen.source.trim()) : words.noSource;
  const facts = [country, sector, chosen.founded !== null ? words.founded(chosen.founded) : '']
    .filter((part) => part !== '')
    .join(' · ');

  const [factsRow, body, sourceRow] = rows(CONTENT, [0.45, null, 0.5]) as [Frame, Frame, Frame];
  const [left, right] = (highlights.length > 0 ? columns(body, [1, 1]) : [body]) as [Frame, Frame?];
  const [summaryFrame, scaleFrame] = (scale ? rows(left, [null, 1.2]) : [left]) as [Frame, Frame?];
  const profileBlocks = [
    textBlock('label', [{ text: facts, bold: true }], factsRow, { valign: 'middle' }),
    textBlock('lead', [summary], summaryFrame),
    textBlock('caption', [source], sourceRow, { valign: 'bottom' }),
  ];
  if (scaleFrame)
    profileBlocks.push(textBlock('card', [{ text: words.scale, bold: true }, scale], scaleFrame));
  if (right) {
    profileBlocks.push(
      textBlock('card', [{ text: words.highlights, bold: true }, ...bullets(highlights)], right),
    );
  }
  const slides = [
    contentSlide(
      context,
      'benchmark_case',
      `${words.prefix}: ${chosen.name}`,
      profileBlocks,
      notes(
        words.profileNotes(chosen.name, country, sector),
        summary,
        scale && `${words.scale}: ${scale}`,
        highlights.length > 0 && `${words.highlights}: ${highlights.join(' ')}`,
        source,
      ),
    ),
  ];
  if (lessons.length > 0) {
    const [lessonFrame, lessonSource] = rows(CONTENT, [null, 0.5]) as [Frame, Frame];
    slides.push(
      contentSlide(
        context,
        'benchmark_case',
        words.lessonsTitle(chosen.name),
        [
          textBlock('body', bullets(lessons), lessonFrame, { max: 24 }),
          textBlock('caption', [source], lessonSource, { valign: 'bottom' }),
        ],
        notes(words.lessonsNotes, lessons.join(' '), source),
      ),
    );
  }
  return slides;
}
