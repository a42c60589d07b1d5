// The value-chain stages of a machinery, metal and casting cluster, as the firm interview asks them.

import { choices } from './templateText';

/** The value-chain stages; the English texts equal the sample registry's stage names. */
export const VALUE_CHAIN_STAGE_CHOICES = choices(
  ['raw_materials', 'Hammadde', 'Raw materials'],
  ['design_engineering', 'Tasarım ve mühendislik', 'Design and engineering'],
  ['pattern_mould', 'Model ve kalıp yapımı', 'Pattern and mould making'],
  ['casting', 'Döküm', 'Casting'],
  ['machining', 'Talaşlı imalat', 'Machining'],
  ['finishing', 'Isıl işlem ve yüzey işlemleri', 'Finishing'],
  ['assembly', 'Makine montajı', 'Machinery assembly'],
  ['testing_certification', 'Test ve belgelendirme', 'Testing and certification'],
  ['distribution', 'Dağıtım', 'Distribution'],
  ['after_sales', 'Satış sonrası hizmet', 'After-sales service'],
  ['other', 'Diğer', 'Other'],
);
