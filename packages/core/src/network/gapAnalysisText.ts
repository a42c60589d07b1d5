// The suggestion of each kind of value-chain gap, in Turkish and English: what investment,
// attraction or linking action the evidence points to.

import type { LocalText } from '../survey/localText';

/** A number with at most `digits` decimals, a decimal comma in Turkish: 0.04 -> "0,04". */
function decimal(value: number, digits: number): LocalText {
  const en = String(Number(value.toFixed(digits)));
  return { tr: en.replace('.', ','), en };
}

const percent = (share: number) => Math.round(share * 100);

export const gapSuggestion = {
  emptyStage: (stage: LocalText): LocalText => ({
    tr: `${stage.tr} aşamasında yerel firma yok: bu alana yatırımcı çekin ya da yerel kapasite geliştirin.`,
    en: `No local firm in ${stage.en}: attract an investor or develop local capacity.`,
  }),

  thinStage: (stage: LocalText, actors: number): LocalText => ({
    tr: `${stage.tr} aşamasında yalnızca ${actors} yerel firma var: yeni girişimleri ve yatırımları destekleyin, mevcut firmaların kapasitesini geliştirin.`,
    en: `Only ${actors} local firm${actors === 1 ? '' : 's'} in ${stage.en}: support new entrants and investment, and build up the existing firms' capacity.`,
  }),

  inputsFromOutside: (stage: LocalText, outsideShare: number): LocalText => ({
    tr: `${stage.tr} firmalarının satın alımlarında bölge dışının payı %${percent(outsideShare)}: yerel tedarikçileri geliştirin ya da tedarikçi yatırımı çekin.`,
    en: `${percent(outsideShare)}% of the ${stage.en} firms' purchases come from outside the region: develop local suppliers or attract supplier investment.`,
  }),

  noTies: (from: LocalText, to: LocalText, ties: number): LocalText =>
    ties === 0
      ? {
          tr: `${from.tr} ile ${to.tr} arasında hiç bağ yok: iki aşamanın firmalarını tedarikçi günleri, eşleştirme toplantıları ve ortak projelerle buluşturun.`,
          en: `No tie between ${from.en} and ${to.en}: bring the two stages' firms together through supplier days, matchmaking meetings and joint projects.`,
        }
      : {
          tr: `${from.tr} ile ${to.tr} arasında yalnızca ${ties} bağ var: iki aşamanın firmalarını tedarikçi günleri, eşleştirme toplantıları ve ortak projelerle buluşturun.`,
          en: `Only ${ties} tie${ties === 1 ? '' : 's'} between ${from.en} and ${to.en}: bring the two stages' firms together through supplier days, matchmaking meetings and joint projects.`,
        },

  weakSupplierIndustry: (
    industry: LocalText,
    coefficient: number,
    locationQuotient: number,
  ): LocalText => {
    const c = decimal(coefficient, 3);
    const lq = decimal(locationQuotient, 2);
    return {
      tr: `${industry.tr} tedariki: katsayı ${c.tr}, bölgede LQ ${lq.tr}: bu sektörde tedarikçi yatırımı çekin ya da yerel tedarikçileri geliştirin.`,
      en: `${industry.en} supply: coefficient ${c.en}, LQ ${lq.en} in the region: attract supplier investment in this industry or develop local suppliers.`,
    };
  },
};
