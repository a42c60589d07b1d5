// The sample project's Information Day: three weeks after the day the sample is made, at a
// chamber's conference hall in İzmir, with a real agenda and about 45 guests from the sample's
// organisations (through invitations or the public page), nobody checked in yet.

import { addDays, type IsoDate } from '../brand';
import type { ProjectBundleInput } from '../bundle/projectBundle';
import { emailKey } from '../event/emailKey';
import { newPublicCode } from '../event/newPublicCode';
import { sampleRandom } from './sampleRandom';

type Organisation = ProjectBundleInput['organisations'][number];
type SampleEvent = NonNullable<ProjectBundleInput['events']>[number];
type SampleRegistration = NonNullable<SampleEvent['registrations']>[number];

/** Guests the sample registers, of the 120 seats. */
export const SAMPLE_GUESTS = 45;

const AGENDA = [
  { time: '09:30', title: 'Kayıt ve karşılama kahvesi', speaker: '' },
  {
    time: '10:00',
    title: 'Açılış konuşmaları',
    speaker: 'İzmir Bölge Kalkınma Ajansı (örnek), Ege Sanayi Odası (örnek)',
  },
  {
    time: '10:20',
    title: 'Küme nedir, neden önemlidir? Rekabetçilik ve kümelenme',
    speaker: 'Küme koordinatörü, İzmir Bölge Kalkınma Ajansı (örnek)',
  },
  {
    time: '10:50',
    title: 'Saha çalışmasının ilk bulguları: küme haritası ve değer zinciri',
    speaker: 'Körfez Teknik Üniversitesi (örnek)',
  },
  { time: '11:20', title: 'Kahve arası', speaker: '' },
  {
    time: '11:35',
    title: 'Örnek bir küme girişimi: Mekatronik Kümesi (Yukarı ve Aşağı Avusturya)',
    speaker: 'Küme koordinatörü',
  },
  {
    time: '12:05',
    title: 'Çalışma grubu ve çalıştay takvimi: vizyon, kilit başarı faktörleri, beceriler',
    speaker: 'Küme koordinatörü',
  },
  { time: '12:30', title: 'Soru-cevap', speaker: '' },
  { time: '12:50', title: 'Tanışma ve iş birliği görüşmeleri', speaker: '' },
];

/**
 * The sample's event. Guests are contacts of the organisations given (each at most once, by email),
 * registered over the two weeks before `today`; most came through their organisation's invitation.
 */
export function sampleInformationDay(
  organisations: readonly Organisation[],
  today: IsoDate,
  rng: () => number,
): SampleEvent {
  const random = sampleRandom(rng);
  const publicCode = newPublicCode(rng);
  const contacts = organisations.flatMap((organisation) =>
    (organisation.contacts ?? []).flatMap((contact) =>
      contact.email ? [{ organisation, name: contact.name, email: contact.email }] : [],
    ),
  );
  const seen = new Set<string>();
  const registrations: SampleRegistration[] = [];
  for (const guest of random.some(contacts, contacts.length)) {
    if (registrations.length >= SAMPLE_GUESTS || seen.has(emailKey(guest.email))) continue;
    seen.add(emailKey(guest.email));
    const day = addDays(today, -random.between(1, 14));
    const at = `${day}T${String(random.between(6, 17)).padStart(2, '0')}:${String(random.between(0, 59)).padStart(2, '0')}:${String(random.between(0, 59)).padStart(2, '0')}.000Z`;
    registrations.push({
      name: guest.name,
      organisationName: guest.organisation.name,
      organisationKey: guest.organisation.key,
      email: guest.email,
      status: 'registered',
      source: random.chance(0.65) ? 'invitation' : 'public',
      consentAt: at,
      createdAt: at,
    });
  }
  registrations.sort((a, b) =>
    a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0,
  );
  return {
    key: 'information-day',
    title: 'Bilgilendirme Günü: İzmir Makine, Metal ve Döküm Kümesi',
    date: addDays(today, 21),
    startTime: '09:30',
    endTime: '13:30',
    venue: 'Ege Sanayi Odası (örnek) Konferans Salonu',
    address: 'Alsancak, Konak / İzmir',
    description:
      'Küme girişiminin ilk kamuya açık etkinliği: kümelenme ve rekabetçilik kavramları, örnek bir küme girişimi ve saha çalışmasının ilk bulguları. Firmalar, üniversiteler, odalar ve kamu kurumları davetlidir; katılım ücretsizdir.',
    agenda: AGENDA,
    capacity: 120,
    waitlist: true,
    registrationOpen: true,
    publicCode,
    registrations,
  };
}
