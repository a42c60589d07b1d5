// Tests of the confirmed working group's CSV for invitation letters.

import { describe, expect, it } from 'vitest';
import { workingGroupCsv } from './workingGroupCsv';

const headings = { organisation: 'Kuruluş', type: 'Tür', stage: 'Aşama', district: 'İlçe' };

describe('workingGroupCsv', () => {
  it('starts with a BOM, ends lines with CRLF and quotes commas and quotes', () => {
    const csv = workingGroupCsv(
      [{ organisation: 'Öz Döküm, A.Ş.', type: 'Firma', stage: 'Döküm', district: 'Çiğli' }],
      headings,
    );
    expect(csv).toBe('\uFEFFKuruluş,Tür,Aşama,İlçe\r\n"Öz Döküm, A.Ş.",Firma,Döküm,Çiğli\r\n');
  });

  it('neutralises a name that a spreadsheet would run as a formula', () => {
    const csv = workingGroupCsv(
      [{ organisation: '=HYPERLINK("x")', type: 'Firm', stage: '', district: '@A1' }],
      headings,
    );
    expect(csv.split('\r\n')[1]).toBe(`"'=HYPERLINK(""x"")",Firm,,'@A1`);
  });
});
