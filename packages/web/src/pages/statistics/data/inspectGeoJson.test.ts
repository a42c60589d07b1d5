import { describe, expect, it } from 'vitest';
import { inspectGeoJson } from './inspectGeoJson';

const provinces = JSON.stringify({
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', properties: { il_kodu: '35', il_adi: 'İzmir' }, geometry: null },
    { type: 'Feature', properties: { il_kodu: '09', il_adi: 'Aydın' }, geometry: null },
  ],
});

describe('inspectGeoJson', () => {
  it('lists the properties and guesses the code and name, a byte order mark allowed', () => {
    const inspection = inspectGeoJson(`\uFEFF${provinces}`);
    expect(inspection).toMatchObject({
      ok: true,
      featureCount: 2,
      idProperty: 'il_kodu',
      nameProperty: 'il_adi',
    });
    expect(inspection.ok && inspection.properties.map((p) => p.name)).toEqual([
      'il_kodu',
      'il_adi',
    ]);
  });

  it("says why text is not JSON, without quoting the file", () => {
    expect(inspectGeoJson('{"type": }')).toEqual({ ok: false, reason: "Unexpected token '}'" });
  });
});
