import { describe, expect, it } from 'vitest';
import { FIRM_ACTIVITIES, SERVICE_ACTIVITIES, SUPPLIER_ACTIVITIES } from '../sample/sampleNames';
import { VALUE_CHAIN_STAGE_CHOICES } from '../survey/templates/valueChainStageChoices';
import { placeOrganisation } from './valueChainPlacement';
import { valueChainSchema } from './valueChainSchema';
import {
  VALUE_CHAIN_TEMPLATE_IDS,
  VALUE_CHAIN_TEMPLATES,
  copyValueChainTemplate,
} from './valueChainTemplates';

const SAMPLE_STAGES = [
  'Raw materials',
  'Design and engineering',
  'Pattern and mould making',
  'Casting',
  'Machining',
  'Finishing',
  'Machinery assembly',
  'Testing and certification',
  'Distribution',
  'After-sales service',
];

describe('value-chain templates', () => {
  it('offers the five sectors of the brief', () => {
    expect(VALUE_CHAIN_TEMPLATE_IDS).toEqual([
      'machinery_metal_casting',
      'automotive_repair',
      'hvac_r',
      'processed_fruit_vegetables',
      'generic_manufacturing',
    ]);
  });

  describe.each(VALUE_CHAIN_TEMPLATES.map((t) => [t.templateId as string, t] as const))(
    '%s',
    (_id, template) => {
      const chain = valueChainSchema.parse(template);

      it('passes the project schema (unique ids, names and codes, known suppliesTo)', () => {
        expect(valueChainSchema.safeParse(template).success).toBe(true);
      });

      it('names and describes every stage and support function in Turkish and English, differently', () => {
        for (const part of [...chain.stages, ...chain.supportFunctions]) {
          for (const text of [part.name, part.description]) {
            expect(text.tr.length, part.id).toBeGreaterThan(3);
            expect(text.en.length, part.id).toBeGreaterThan(3);
          }
          expect(part.description.tr, part.id).not.toBe(part.description.en);
        }
        expect(chain.name.tr).not.toBe(chain.name.en);
      });

      it('gives every stage NACE codes and has finance, training, R&D and public support', () => {
        for (const stage of chain.stages)
          expect(stage.naceCodes.length, stage.id).toBeGreaterThan(0);
        const kinds = chain.supportFunctions.map((f) => f.kind);
        for (const kind of ['finance', 'training', 'research', 'logistics', 'public_body'])
          expect(kinds).toContain(kind);
      });

      it('places each stage’s own codes on that stage', () => {
        for (const stage of chain.stages)
          for (const code of stage.naceCodes.filter((c) => /\d/.test(c)))
            expect(placeOrganisation({ industryCode: code }, chain), code).toMatchObject({
              stageId: stage.id,
            });
      });
    },
  );

  it('machinery template stages carry the sample project’s English stage names in order', () => {
    const chain = copyValueChainTemplate('machinery_metal_casting');
    expect(chain?.stages.map((s) => s.name.en)).toEqual(SAMPLE_STAGES);
  });

  it('machinery template stages equal the firm interview’s stage choices (id, Turkish, English)', () => {
    const chain = copyValueChainTemplate('machinery_metal_casting');
    const choices = VALUE_CHAIN_STAGE_CHOICES.filter((c) => c.value !== 'other');
    expect(chain?.stages.map((s) => [s.id, s.name.tr, s.name.en])).toEqual(
      choices.map((c) => [c.value, c.text.tr, c.text.en]),
    );
  });

  it('placing the sample activities by NACE code alone gives the sample’s stage names', () => {
    const chain = copyValueChainTemplate('machinery_metal_casting');
    if (!chain) throw new Error('no machinery template');
    for (const activity of [...FIRM_ACTIVITIES, ...SUPPLIER_ACTIVITIES, ...SERVICE_ACTIVITIES]) {
      const placement = placeOrganisation({ industryCode: activity.nace }, chain);
      const stage = chain.stages.find((s) => s.id === placement.stageId);
      expect(stage?.name.en, activity.nace).toBe(activity.stage);
    }
  });

  it('copyValueChainTemplate returns a copy the project can edit without changing the template', () => {
    const first = copyValueChainTemplate('hvac_r');
    first?.stages.pop();
    first?.stages[0]?.naceCodes.push('99');
    const second = copyValueChainTemplate('hvac_r');
    expect(second?.stages.length).toBe(first ? first.stages.length + 1 : -1);
    expect(second?.stages[0]?.naceCodes).not.toContain('99');
    expect(copyValueChainTemplate('no_such_template')).toBeUndefined();
  });
});

describe('valueChainSchema', () => {
  const base = () => {
    const chain = copyValueChainTemplate('generic_manufacturing');
    if (!chain) throw new Error('no generic template');
    return chain;
  };
  const messages = (value: unknown) => {
    const result = valueChainSchema.safeParse(value);
    return result.success ? [] : result.error.issues.map((issue) => issue.message);
  };

  it('accepts an edited copy', () => {
    const chain = base();
    chain.stages[0]!.name.en = 'Metals and chemicals';
    expect(messages(chain)).toEqual([]);
  });

  it('rejects a NACE code on two stages', () => {
    const chain = base();
    chain.stages[1]!.naceCodes.push(chain.stages[0]!.naceCodes[0]!);
    expect(messages(chain)).toEqual(['NACE 05 is already on stage inputs']);
  });

  it('rejects a stage name that folds to another stage’s name', () => {
    const chain = base();
    chain.stages[1]!.name.tr = 'HAMMADDE VE ARA MALLAR';
    expect(messages(chain)).toEqual([
      "the name HAMMADDE VE ARA MALLAR is also stage inputs's name",
    ]);
  });

  it('rejects suppliesTo naming an unknown stage or itself', () => {
    const chain = base();
    chain.stages[0]!.suppliesTo = ['nowhere', 'inputs'];
    expect(messages(chain)).toEqual([
      'nowhere is not another stage of this chain',
      'inputs is not another stage of this chain',
    ]);
  });

  it('rejects codes that are not NACE Rev.2, duplicate ids and blank names', () => {
    const chain = base();
    chain.stages[0]!.naceCodes = ['331511'];
    chain.supportFunctions[0]!.id = 'inputs';
    chain.stages[2]!.name.tr = ' ';
    expect(messages(chain)).toEqual([
      'a NACE Rev.2 code: C, 24, 24.5 or 24.51',
      'required',
      'id inputs is used twice',
    ]);
  });
});
