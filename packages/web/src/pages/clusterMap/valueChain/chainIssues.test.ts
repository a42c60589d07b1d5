// Tests that a chain's problems land on the field they concern, worded in both languages, from
// core's schema in the browser and from the server's answer.

import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { copyValueChainTemplate, type ValueChain } from '@kume/core';
import commonEn from '../../../locales/en/common.json';
import commonTr from '../../../locales/tr/common.json';
import en from '../../../locales/en/valueChain.json';
import tr from '../../../locales/tr/valueChain.json';
import { updateStage } from './chainEdits';
import { issuesByKey, serverChainIssues, validateChain } from './chainIssues';

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({
    resources: {
      en: { valueChain: en, common: commonEn },
      tr: { valueChain: tr, common: commonTr },
    },
    ns: ['valueChain', 'common'],
    defaultNS: 'valueChain',
    interpolation: { escapeValue: false },
  });
});

const template = copyValueChainTemplate('machinery_metal_casting')!;
const [first, second] = template.stages as [ValueChain['stages'][0], ValueChain['stages'][0]];

describe('chain issues', () => {
  it('a valid template has none', () => {
    expect(validateChain(template, i18n.getFixedT('en'), 'en')).toEqual([]);
  });

  it('a NACE code on two stages is placed on the second stage’s codes, naming the first', () => {
    const code = first.naceCodes[0]!;
    const chain = updateStage(template, second.id, { naceCodes: [...second.naceCodes, code] });
    const [issue] = validateChain(chain, i18n.getFixedT('en'), 'en');
    expect(issue?.key).toBe(`stage:${second.id}:naceCodes`);
    expect(issue?.place).toBe(`Stage 2 (${second.name.en}), NACE codes`);
    expect(issue?.message).toBe(`NACE ${code} is already on stage ${first.name.en}`);
    const [turkish] = validateChain(chain, i18n.getFixedT('tr'), 'tr');
    expect(turkish?.message).toBe(`NACE ${code} zaten ${first.name.tr} aşamasında`);
  });

  it('an empty English name is required, on that field', () => {
    const chain = updateStage(template, first.id, { name: { ...first.name, en: ' ' } });
    const byKey = issuesByKey(validateChain(chain, i18n.getFixedT('en'), 'en'));
    expect(byKey.get(`stage:${first.id}:name.en`)).toBe('Required');
  });

  it('the server’s paths are read relative to the chain sent', () => {
    const issues = serverChainIssues(
      [
        {
          path: 'body.chain.stages.1.naceCodes.0',
          message: 'a NACE Rev.2 code: C, 24, 24.5 or 24.51',
        },
      ],
      template,
      i18n.getFixedT('tr'),
      'tr',
    );
    expect(issues).toEqual([
      {
        key: `stage:${second.id}:naceCodes`,
        place: `2. aşama (${second.name.tr}), NACE kodları`,
        message: 'NACE Rev.2 kodu değil: C, 24, 24.5 ya da 24.51 biçiminde yazın',
      },
    ]);
  });
});
