// The sample's three closed working group workshops (vision, key success factors, requisite skills)
// in bundle form: the members of the working group join, write, group, vote and decide through real
// commands, and each workshop's results are what the engine gives at closing.

import { addDays, type IsoDate } from '../brand';
import type { ProjectBundleInput } from '../bundle/projectBundle';
import { workshopResults } from '../workshop/workshopResults';
import { workshopTemplate } from '../workshop/workshopTemplates';
import {
  dotsByAppeal,
  ratingAround,
  saatyOf,
  type SampleSeat,
  type SampleWorkshop,
  WorkshopScript,
} from './sampleWorkshopScript';
import {
  SAMPLE_FACTORS,
  SAMPLE_SKILLS,
  SAMPLE_VISION_DRAFTS,
  SAMPLE_VISION_STATEMENT,
} from './sampleWorkshopTexts';
import { sampleRandom } from './sampleRandom';
import { sampleWorkingGroup } from './sampleWorkingGroup';

type Organisation = ProjectBundleInput['organisations'][number];
type Commitment = ProjectBundleInput['commitments'][number];

/** The workshops' bundle keys: roadmap item keys name them (`factor:<key>:<itemId>`). */
export const SAMPLE_WORKSHOP_KEYS = {
  vision: 'workshop-vision',
  factors: 'workshop-factors',
  skills: 'workshop-skills',
} as const;

/** How many days before the sample's day each workshop met. */
export const SAMPLE_WORKSHOP_DAYS_AGO = { vision: 60, factors: 45, skills: 30 } as const;
const TEMPLATE_OF = {
  vision: 'vision',
  factors: 'key_success_factors',
  skills: 'requisite_skills',
} as const;

/** The agency whose staff facilitate the workshops. */
const FACILITATOR_ORGANISATION = 'İzmir Bölge Kalkınma Ajansı (örnek)';

interface Context {
  facilitator: SampleSeat;
  group: SampleSeat[];
  today: IsoDate;
  rng: () => number;
}

/**
 * A workshop's script: made at 09:00 İzmir time (06:00 UTC) on its day, the facilitator and `count`
 * members join from 09:30.
 */
function begin(
  context: Context,
  template: keyof typeof SAMPLE_WORKSHOP_DAYS_AGO,
  count: number,
  options: Parameters<typeof workshopTemplate>[1] = {},
) {
  const day = addDays(context.today, -SAMPLE_WORKSHOP_DAYS_AGO[template]);
  const script = new WorkshopScript(
    workshopTemplate(TEMPLATE_OF[template], options),
    Date.parse(`${day}T06:00:00.000Z`),
    context.rng,
  );
  script.wait(30 * 60);
  const members = sampleRandom(context.rng).some(context.group, count);
  // A participant id is unique within its workshop: the organisation key with a prefix.
  const seats = members.map((m) => ({ ...m, key: `p-${m.key}` }));
  script.join(context.facilitator);
  for (const seat of seats) script.join(seat);
  return { script, seats: seats.map((s) => s.key), facilitator: context.facilitator.key };
}

function finish(
  script: WorkshopScript,
  key: string,
  title: string,
  template: SampleWorkshop['template'],
  code: string,
): SampleWorkshop {
  return {
    key,
    title,
    template,
    code,
    status: 'closed',
    definition: script.state.definition,
    results: workshopResults(script.state),
    createdAt: new Date(script.createdAt).toISOString(),
    // Closed when the last round closed: the roadmap dates the workshop's items by it.
    updatedAt: new Date(script.now).toISOString(),
    participants: script.participants,
    events: script.events,
  };
}

function visionWorkshop(context: Context): SampleWorkshop {
  const { rng } = context;
  const { script, seats, facilitator } = begin(context, 'vision', 12);
  const round = 'vision';
  script.facilitate(facilitator, 'start_timer', round);
  const ids = SAMPLE_VISION_DRAFTS.map((draft, i) =>
    script.add(seats[i % seats.length] as string, round, draft.text),
  );
  script.facilitate(facilitator, 'advance_phase', round);
  SAMPLE_VISION_DRAFTS.forEach((draft, i) => {
    if (draft.under !== undefined)
      script.run({
        type: 'group_items',
        participantId: facilitator,
        roundId: round,
        itemIds: [ids[i] as string],
        intoItemId: ids[draft.under] as string,
      });
  });
  script.facilitate(facilitator, 'advance_phase', round);
  const appeal = SAMPLE_VISION_DRAFTS.map((draft, i) => ({
    id: ids[i] as string,
    appeal: draft.under === undefined ? draft.appeal : 0,
  }));
  for (const seat of seats)
    script.vote(seat, round, { method: 'dots', dots: dotsByAppeal(appeal, 5, 3, rng) });
  script.facilitate(facilitator, 'reveal_totals', round);
  // Two members leave before the statement is written; the others confirm it.
  for (const seat of seats.slice(-2)) script.run({ type: 'leave', participantId: seat });
  script.facilitate(facilitator, 'advance_phase', round);
  script.run({
    type: 'decide',
    participantId: facilitator,
    roundId: round,
    text: SAMPLE_VISION_STATEMENT,
    chosenItemIds: [ids[0] as string, ids[2] as string],
  });
  for (const seat of seats.slice(0, -2))
    script.run({ type: 'confirm', participantId: seat, roundId: round });
  script.facilitate(facilitator, 'close_round', round);
  return finish(script, SAMPLE_WORKSHOP_KEYS.vision, 'Vizyon çalıştayı', 'vision', 'VZN264');
}

function factorsWorkshop(context: Context): SampleWorkshop {
  const { rng } = context;
  const { script, seats, facilitator } = begin(context, 'factors', 11);
  const writer = (i: number) => seats[i % seats.length] as string;
  script.facilitate(facilitator, 'start_timer', 'factors');
  const heads = SAMPLE_FACTORS.map((factor, i) => script.add(writer(i), 'factors', factor.text));
  const duplicates = SAMPLE_FACTORS.flatMap((factor, i) =>
    factor.duplicates.map((text, j) => ({
      head: heads[i] as string,
      id: script.add(writer(i + j + 4), 'factors', text),
    })),
  );
  script.facilitate(facilitator, 'advance_phase', 'factors');
  for (const { head, id } of duplicates)
    script.run({
      type: 'group_items',
      participantId: facilitator,
      roundId: 'factors',
      itemIds: [id],
      intoItemId: head,
    });
  script.facilitate(facilitator, 'advance_phase', 'factors');
  const appeal = SAMPLE_FACTORS.map((f, i) => ({ id: heads[i] as string, appeal: f.weight }));
  for (const seat of seats)
    script.vote(seat, 'factors', { method: 'dots', dots: dotsByAppeal(appeal, 5, 2, rng) });
  script.facilitate(facilitator, 'reveal_totals', 'factors');
  script.facilitate(facilitator, 'advance_phase', 'factors');
  script.run({
    type: 'decide',
    participantId: facilitator,
    roundId: 'factors',
    text: null,
    chosenItemIds: heads,
  });
  script.facilitate(facilitator, 'close_round', 'factors');

  // The weighting and performance rounds copy the chosen factors in order: i1 ... i9.
  script.facilitate(facilitator, 'go_to_round', 'weighting');
  const copied = script.itemIds('weighting');
  for (const seat of seats) {
    // Each member's own sense of the weights, within about a third of the group's.
    const felt = SAMPLE_FACTORS.map((f) => f.weight * Math.exp((rng() - 0.5) * 0.7));
    const judgements = copied.flatMap((a, i) =>
      copied.slice(i + 1).map((b, k) => ({
        a,
        b,
        value: saatyOf((felt[i] as number) / (felt[i + 1 + k] as number)),
      })),
    );
    script.vote(seat, 'weighting', { method: 'pairwise', judgements });
  }
  script.facilitate(facilitator, 'close_round', 'weighting');
  script.facilitate(facilitator, 'go_to_round', 'performance');
  for (const seat of seats) {
    const ratings = Object.fromEntries(
      script
        .itemIds('performance')
        .map((id, i) => [id, ratingAround(SAMPLE_FACTORS[i]?.performance ?? 3, rng)]),
    );
    script.vote(seat, 'performance', { method: 'rating', ratings });
  }
  script.facilitate(facilitator, 'close_round', 'performance');
  return finish(
    script,
    SAMPLE_WORKSHOP_KEYS.factors,
    'Kilit başarı faktörleri çalıştayı',
    'key_success_factors',
    'KBF358',
  );
}

function skillsWorkshop(
  context: Context,
  factors: readonly { id: string; text: string }[],
): SampleWorkshop {
  const { rng } = context;
  const { script, seats, facilitator } = begin(context, 'skills', 10, { factors });
  const writer = (i: number) => seats[i % seats.length] as string;
  const categoryOf = (skill: (typeof SAMPLE_SKILLS)[number]) => factors[skill.factor]?.id;
  script.facilitate(facilitator, 'start_timer', 'skills');
  const heads = SAMPLE_SKILLS.map((skill, i) =>
    script.add(writer(i), 'skills', skill.text, categoryOf(skill)),
  );
  const duplicates = SAMPLE_SKILLS.flatMap((skill, i) =>
    skill.duplicates.map((text, j) => ({
      head: heads[i] as string,
      id: script.add(writer(i + j + 3), 'skills', text, categoryOf(skill)),
    })),
  );
  script.facilitate(facilitator, 'advance_phase', 'skills');
  for (const { head, id } of duplicates)
    script.run({
      type: 'group_items',
      participantId: facilitator,
      roundId: 'skills',
      itemIds: [id],
      intoItemId: head,
    });
  script.facilitate(facilitator, 'advance_phase', 'skills');
  script.run({
    type: 'decide',
    participantId: facilitator,
    roundId: 'skills',
    text: null,
    chosenItemIds: heads,
  });
  script.facilitate(facilitator, 'close_round', 'skills');
  const ratingRounds = [
    ['skill_importance', 'importance'],
    ['skill_current', 'current'],
    ['skill_required', 'required'],
  ] as const;
  for (const [round, field] of ratingRounds) {
    script.facilitate(facilitator, 'go_to_round', round);
    for (const seat of seats) {
      const ratings = Object.fromEntries(
        script
          .itemIds(round)
          .map((id, i) => [id, ratingAround(SAMPLE_SKILLS[i]?.[field] ?? 3, rng)]),
      );
      script.vote(seat, round, { method: 'rating', ratings });
    }
    script.facilitate(facilitator, 'close_round', round);
  }
  return finish(
    script,
    SAMPLE_WORKSHOP_KEYS.skills,
    'Gerekli beceri ve yetkinlikler çalıştayı',
    'requisite_skills',
    'BCR472',
  );
}

/**
 * The three workshops, 60, 45 and 30 days before `today`, closed, each with its results. The
 * skills workshop files skills under the success factors of the factors workshop, as the server's
 * template does (their ids are the factors round's item ids).
 */
export function sampleWorkshops(
  organisations: readonly Organisation[],
  commitments: readonly Commitment[],
  today: IsoDate,
  rng: () => number,
): SampleWorkshop[] {
  const agency = organisations.find((o) => o.name === FACILITATOR_ORGANISATION);
  const facilitator: SampleSeat = {
    key: 'p-facilitator',
    name: agency?.contacts?.[0]?.name ?? 'Küme koordinatörü',
    organisationKey: agency?.key ?? null,
    isFacilitator: true,
  };
  const context: Context = {
    facilitator,
    group: sampleWorkingGroup(organisations, commitments),
    today,
    rng,
  };
  const vision = visionWorkshop(context);
  const factors = factorsWorkshop(context);
  const factorItems = (factors.results?.factors ?? []).map(({ id, text }) => ({ id, text }));
  return [vision, factors, skillsWorkshop(context, factorItems)];
}
