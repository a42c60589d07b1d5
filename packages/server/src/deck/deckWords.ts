// The few words the server puts into the deck's input, in Turkish and English: size classes,
// gap kinds, the standard workshops. The slides' own wording is core's buildDeck's.

import type { DeckLanguage, GapKind } from '@kume/core';

/** Head-count classes of the EU definition, with large firms (250 or more) of their own. */
export const DECK_SIZE_CLASSES = ['micro', 'small', 'medium', 'large', 'unknown'] as const;
export type DeckSizeClass = (typeof DECK_SIZE_CLASSES)[number];

/** The class of a head count: micro < 10, small < 50, medium < 250, large; unknown when not recorded. */
export function deckSizeClass(employees: number | null | undefined): DeckSizeClass {
  if (employees == null || !Number.isFinite(employees) || employees < 0) return 'unknown';
  if (employees < 10) return 'micro';
  if (employees < 50) return 'small';
  if (employees < 250) return 'medium';
  return 'large';
}

interface DeckWords {
  size: Record<DeckSizeClass, string>;
  /** An organisation the value chain could not place. */
  notPlaced: string;
  /** Answers outside a question's choices. */
  otherAnswer: string;
  gapKind: Record<GapKind, string>;
  /** The working group's three workshops, in the order they are held. */
  workshops: readonly [string, string, string];
}

export const DECK_WORDS: Record<DeckLanguage, DeckWords> = {
  tr: {
    size: {
      micro: 'Mikro (1–9 çalışan)',
      small: 'Küçük (10–49 çalışan)',
      medium: 'Orta (50–249 çalışan)',
      large: 'Büyük (250+ çalışan)',
      unknown: 'Ölçeği kayıtlı değil',
    },
    notPlaced: 'Aşaması belirsiz',
    otherAnswer: 'Diğer',
    gapKind: {
      empty_stage: 'Eksik aşama',
      thin_stage: 'Zayıf aşama',
      inputs_from_outside: 'Girdiler bölge dışından',
      no_ties_between_stages: 'Aşamalar arasında bağ yok',
      weak_supplier_industry: 'Zayıf tedarikçi sektör',
    },
    workshops: [
      'Vizyon çalıştayı',
      'Kilit başarı faktörleri çalıştayı',
      'Beceri ihtiyaçları çalıştayı',
    ],
  },
  en: {
    size: {
      micro: 'Micro (1–9 employees)',
      small: 'Small (10–49 employees)',
      medium: 'Medium (50–249 employees)',
      large: 'Large (250+ employees)',
      unknown: 'Size not recorded',
    },
    notPlaced: 'Stage not known',
    otherAnswer: 'Other',
    gapKind: {
      empty_stage: 'Missing stage',
      thin_stage: 'Thin stage',
      inputs_from_outside: 'Inputs from outside the region',
      no_ties_between_stages: 'No ties between stages',
      weak_supplier_industry: 'Weak supplier industry',
    },
    workshops: ['Vision workshop', 'Key success factors workshop', 'Skills needs workshop'],
  },
};
