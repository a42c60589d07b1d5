import { describe, expect, it } from 'vitest';
import { slideText, testContext } from '../fixtures/deckTestHelpers';
import { emptyDeckInput, richDeckInput } from '../fixtures/richDeckInput';
import { workingGroupSlides } from './workingGroupSlides';

describe('workingGroupSlides', () => {
  it('shows a proposed group as proposed, with types in the deck’s language', () => {
    const slides = workingGroupSlides(testContext(richDeckInput('tr'), 'tr'));
    const text = slides.map(slideText).join('\n');
    expect(slides[0]?.title).toMatch(/^Önerilen çalışma grubu/);
    expect(text).toContain('Öneri: henüz onaylanmadı.');
    expect(text).toContain('Üniversite');
    expect(text).toContain('zincirde yer almayan');
  });

  it('shows a confirmed group with the day it was confirmed', () => {
    const input = richDeckInput('en');
    if (input.workingGroup) input.workingGroup.confirmedOn = '2025-05-20' as never;
    const [slide] = workingGroupSlides(testContext(input, 'en'));
    expect(slide?.title).toMatch(/^The working group/);
    expect(slide && slideText(slide)).toContain('Confirmed on 20 May 2025.');
  });

  it('pages a large group, every member listed once', () => {
    const input = richDeckInput('en');
    input.workingGroup = {
      confirmedOn: null,
      members: Array.from({ length: 50 }, (_, index) => ({
        name: `Member ${index}`,
        type: 'firm',
        stage: 'Casting',
      })),
    };
    const slides = workingGroupSlides(testContext(input, 'en'));
    expect(slides.length).toBeGreaterThan(2);
    const names = slides.flatMap((slide) =>
      slide.blocks.flatMap((block) =>
        block.kind === 'table' ? block.rows.map((row) => row[0]) : [],
      ),
    );
    expect(names).toEqual(Array.from({ length: 50 }, (_, index) => `Member ${index}`));
  });

  it('says where the group is formed when there is none', () => {
    const [slide] = workingGroupSlides(testContext(emptyDeckInput(), 'en'));
    expect(slide && slideText(slide)).toContain('Field study > Cluster map > Working group');
  });
});
