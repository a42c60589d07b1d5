import { describe, expect, it } from 'vitest';
import { BENCHMARK_CASES } from '../benchmarkCases';
import { slideText, testContext } from '../fixtures/deckTestHelpers';
import { emptyDeckInput, richDeckInput } from '../fixtures/richDeckInput';
import { benchmarkCaseSlides } from './benchmarkCaseSlides';

describe('benchmarkCaseSlides', () => {
  it('profiles the chosen case with its facts, highlights and source, then its lessons', () => {
    const [profile, lessons] = benchmarkCaseSlides(testContext(richDeckInput('en'), 'en'));
    const text = profile ? slideText(profile) : '';
    expect(profile?.title).toBe('Benchmark: Mechatronics Cluster (Upper and Lower Austria)');
    expect(text).toContain('founded 2003');
    expect(text).toContain('About 300 partners (2023)');
    expect(text).toContain('Source: Business Upper Austria');
    expect(lessons && slideText(lessons)).toContain('Joint R&D and cooperation projects');
    expect(lessons?.notes).toContain('Source:');
  });

  it('writes the case in Turkish, falling back to English where a Turkish text is empty', () => {
    const input = richDeckInput('tr');
    if (input.benchmarkCase) input.benchmarkCase.highlights = [{ tr: '', en: 'Only in English' }];
    const [profile] = benchmarkCaseSlides(testContext(input, 'tr'));
    const text = profile ? slideText(profile) : '';
    expect(text).toContain('kuruluş 2003');
    expect(text).toContain('Only in English');
    expect(text).toContain('Kaynak:');
  });

  it('gives one slide when the case has no lessons', () => {
    const input = richDeckInput('en');
    if (input.benchmarkCase) input.benchmarkCase.lessons = [];
    expect(benchmarkCaseSlides(testContext(input, 'en'))).toHaveLength(1);
  });

  it('says where to choose a case when none is chosen', () => {
    const [slide] = benchmarkCaseSlides(testContext(emptyDeckInput(), 'tr'));
    expect(slide && slideText(slide)).toContain('Bilgi Günü > Örnek küme girişimleri');
  });
});

describe('BENCHMARK_CASES', () => {
  it('ships 4 to 6 cases, each in both languages with a source, under unique keys', () => {
    expect(BENCHMARK_CASES.length).toBeGreaterThanOrEqual(4);
    expect(BENCHMARK_CASES.length).toBeLessThanOrEqual(6);
    expect(new Set(BENCHMARK_CASES.map((shipped) => shipped.key)).size).toBe(
      BENCHMARK_CASES.length,
    );
    for (const shipped of BENCHMARK_CASES) {
      expect(shipped.source.length).toBeGreaterThan(10);
      for (const text of [
        shipped.country,
        shipped.sector,
        shipped.summary,
        shipped.scale,
        ...shipped.highlights,
        ...shipped.lessons,
      ]) {
        expect(text.tr.trim()).not.toBe('');
        expect(text.en.trim()).not.toBe('');
      }
    }
  });
});
