// The sample's working group: the institutions and committed businesses whose people sit in the
// workshops (the sample confirms no group, so the workshops draw on this one).

import type { ProjectBundleInput } from '../bundle/projectBundle';
import type { SampleSeat } from './sampleWorkshopScript';

type Organisation = ProjectBundleInput['organisations'][number];
type Commitment = ProjectBundleInput['commitments'][number];

/** The institutions of the working group, by name (sampleNames INSTITUTIONS). */
const GROUP_INSTITUTIONS = [
  'Ege Sanayi Odası (örnek)',
  'Döküm Sanayicileri Derneği İzmir Şubesi (örnek)',
  'Körfez Teknik Üniversitesi (örnek)',
  'Gediz Meslek Yüksekokulu (örnek)',
  'KOBİ Destek Merkezi İzmir (örnek)',
  'Kemalpaşa Organize Sanayi Bölgesi (örnek)',
];
/** Committed businesses in the working group: the largest ones. */
const GROUP_FIRMS = 9;

/**
 * The working group the workshops draw on: six institutions and the nine largest businesses whose
 * latest willingness is 4 or 5; each seat is the organisation's first contact.
 */
export function sampleWorkingGroup(
  organisations: readonly Organisation[],
  commitments: readonly Commitment[],
): SampleSeat[] {
  const willingness = new Map<string, number>();
  // Bundle order is recording order: the last entry is the latest assessment.
  for (const c of commitments) willingness.set(c.organisationKey, c.willingness);
  const seat = (organisation: Organisation): SampleSeat => ({
    key: organisation.key,
    name: organisation.contacts?.[0]?.name ?? organisation.name,
    organisationKey: organisation.key,
    isFacilitator: false,
  });
  const institutions = GROUP_INSTITUTIONS.flatMap((name) =>
    organisations.filter((o) => o.name === name),
  );
  const firms = organisations
    .filter((o) => ['firm', 'supplier', 'service_provider'].includes(o.type))
    .filter((o) => (willingness.get(o.key) ?? 0) >= 4)
    .sort((a, b) => (b.employees ?? 0) - (a.employees ?? 0))
    .slice(0, GROUP_FIRMS);
  return [...institutions, ...firms].map(seat);
}
