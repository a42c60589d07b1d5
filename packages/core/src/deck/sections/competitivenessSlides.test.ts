import { describe, expect, it } from 'vitest';
import { slideText, testContext } from '../fixtures/deckTestHelpers';
import { richDeckInput } from '../fixtures/richDeckInput';
import { competitivenessSlides } from './competitivenessSlides';

describe('competitivenessSlides', () => {
  it('explains productivity, the diamond’s four conditions and cluster initiatives', () => {
    const [productivity, diamond, initiatives] = competitivenessSlides(
      testContext(richDeckInput('en'), 'en'),
    );
    expect(productivity && slideText(productivity)).toContain(
      'productivity with which a region uses its people',
    );
    const conditions = diamond ? slideText(diamond) : '';
    for (const condition of [
      'Factor (input) conditions',
      'Demand conditions',
      'Related and supporting industries',
      'Context for firm strategy and rivalry',
    ]) {
      expect(conditions).toContain(condition);
    }
    expect(initiatives && slideText(initiatives)).toContain('Cluster management');
    expect(initiatives?.notes).toContain('Greenbook');
  });

  it('draws the diamond as four cards around the business environment (Turkish)', () => {
    const [, diamond] = competitivenessSlides(testContext(richDeckInput('tr'), 'tr'));
    const cards =
      diamond?.blocks.filter((block) => block.kind === 'text' && block.style === 'card') ?? [];
    expect(cards).toHaveLength(4);
    expect(diamond && slideText(diamond)).toContain('Talep koşulları');
  });
});
