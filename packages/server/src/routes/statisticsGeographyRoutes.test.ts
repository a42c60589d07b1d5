// Imported map shapes (geographies) through the API: a GeoJSON file of two squares in, its
// regions listed, its shapes served gzipped and cached; bad files refused with their place and
// nothing stored.

import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setMemberRole } from '@kume/db';
import { addGeography, geographiesUrl, twoSquares, unitSquare } from '../../test/geographyFixtures';
import { createProject, expectStatus, upload } from '../../test/projectFixtures';
import { type Agent, createTestApp, type TestApp } from '../../test/testApp';

interface Listed {
  id: string;
  name: string;
  fileName: string;
  featureCount: number;
  idProperty: string;
  nameProperty: string | null;
  sampleIds: string[];
  regions: { id: string; name: string | null }[];
}

describe('map shapes (geographies)', () => {
  let t: TestApp;
  let owner: Agent;
  let slug: string;
  const url = () => geographiesUrl(slug);
  const list = async () => expectStatus(await owner.get(url()), 200).json() as Listed[];

  beforeAll(async () => {
    t = await createTestApp();
    owner = await t.signUp('owner@example.com');
    slug = await createProject(owner, 'Maps');
  });
  afterAll(() => t.close());

  it('imports two squares, guessing the code and name properties, and lists their regions', async () => {
    const response = await upload(owner, url(), 'nuts2.geojson', JSON.stringify(twoSquares()));
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      name: 'nuts2',
      fileName: 'nuts2.geojson',
      featureCount: 2,
      idProperty: 'NUTS_ID',
      nameProperty: 'NUTS_NAME',
      sampleIds: ['TR31', 'TR32'],
      regions: [
        { id: 'TR31', name: 'İzmir' },
        { id: 'TR32', name: 'Aydın' },
      ],
    });
    expect((await list()).map((g) => g.name)).toContain('nuts2');
  });

  it('takes the name and the id and name properties the analyst chose', async () => {
    // LEVL_CODE repeats: a chosen id property must name each feature once.
    const repeated = await upload(owner, url(), 'x.geojson', JSON.stringify(twoSquares()), {
      idProperty: 'LEVL_CODE',
    });
    expect(repeated.json()).toMatchObject({
      error: {
        issues: [
          {
            path: 'features.1.properties.LEVL_CODE',
            message: 'feature 1 has the LEVL_CODE 2 of feature 0',
          },
        ],
      },
    });
    const chosen = await upload(owner, url(), 'x.geojson', JSON.stringify(twoSquares()), {
      name: 'Düzey 2',
      idProperty: 'NUTS_NAME',
      nameProperty: null,
    });
    expect(chosen.json()).toMatchObject({
      name: 'Düzey 2',
      idProperty: 'NUTS_NAME',
      nameProperty: null,
      regions: [
        { id: 'İzmir', name: null },
        { id: 'Aydın', name: null },
      ],
    });
  });

  it('serves the shapes as GeoJSON with the region code as feature id, gzipped when asked, cached', async () => {
    const id = await addGeography(owner, slug);
    const plain = expectStatus(await owner.get(`${url()}/${id}`), 200);
    expect(plain.headers['content-type']).toBe('application/geo+json; charset=utf-8');
    expect(plain.headers['cache-control']).toBe('private, max-age=86400');
    expect(plain.headers.etag).toBe(`"${id}"`);
    expect(plain.headers['content-encoding']).toBeUndefined();
    const geojson = plain.json() as {
      type: string;
      features: { id: string; properties: object; geometry: { coordinates: unknown } }[];
    };
    expect(geojson.type).toBe('FeatureCollection');
    expect(geojson.features.map((f) => [f.id, f.properties])).toEqual([
      ['TR31', { name: 'İzmir' }],
      ['TR32', { name: 'Aydın' }],
    ]);
    expect(geojson.features[1]?.geometry.coordinates).toEqual(unitSquare(28, 38));

    // The agent would read the gzipped body as JSON: ask the app directly, with the cookie.
    const headers = { cookie: owner.cookie ?? '', 'accept-encoding': 'br, gzip;q=0.8' };
    const zipped = await t.app.inject({ method: 'GET', url: `${url()}/${id}`, headers });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(zipped.rawPayload).toString('utf8'))).toEqual(geojson);
    const refused = await t.app.inject({
      method: 'GET',
      url: `${url()}/${id}`,
      headers: { ...headers, 'accept-encoding': 'gzip;q=0' },
    });
    expect(refused.headers['content-encoding']).toBeUndefined();

    const again = await owner.request('GET', `${url()}/${id}`, undefined, {
      'if-none-match': `"${id}"`,
    });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
  });

  it('accepts a file of 15 MB (above the 10 MB of other uploads)', async () => {
    // One region whose ring has enough positions to weigh 15 MB.
    const ring = Array.from({ length: 1_000_000 }, (_, i) => [
      27 + (i % 1000) / 1000,
      38 + Math.floor(i / 1000) / 1000,
    ]);
    const text = JSON.stringify({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          id: 'TR31',
          properties: {},
          geometry: { type: 'Polygon', coordinates: [ring] },
        },
      ],
    });
    expect(text.length).toBeGreaterThan(15 * 1024 * 1024);
    const response = await upload(owner, url(), 'big.geojson', text);
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ idProperty: 'id', featureCount: 1 });
  });

  describe('bad files are refused with their place, and nothing is stored', () => {
    let before: number;
    beforeAll(async () => {
      before = (await list()).length;
    });
    afterAll(async () => {
      expect((await list()).length).toBe(before);
    });

    it('text that is not JSON: 400 unsupported_file at its line and column', async () => {
      const response = await upload(
        owner,
        url(),
        'bad.geojson',
        '{\n  "type": "FeatureCollection",\n  "features": [,]\n}',
      );
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({
        error: {
          code: 'unsupported_file',
          issues: [
            {
              path: 'line 3, column 16',
              message: expect.stringMatching(/^bad\.geojson is not JSON/),
            },
          ],
        },
      });
    });

    it('a zip file (a shapefile): 400 saying to export GeoJSON', async () => {
      const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]);
      const response = await upload(owner, url(), 'regions.zip', zip);
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({
        error: {
          code: 'unsupported_file',
          issues: [
            { path: 'file', message: expect.stringContaining('export the regions as GeoJSON') },
          ],
        },
      });
    });

    it('JSON that is not a FeatureCollection: 400 at `type`', async () => {
      const feature = twoSquares().features[0];
      const response = await upload(owner, url(), 'one.geojson', JSON.stringify(feature));
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({
        error: {
          code: 'validation',
          issues: [
            { path: 'type', message: 'the file is a Feature, not a GeoJSON FeatureCollection' },
          ],
        },
      });
    });

    it('a feature without the id property: 400 naming the feature', async () => {
      const json = twoSquares();
      delete (json.features[1]!.properties as { NUTS_ID?: string }).NUTS_ID;
      const response = await upload(owner, url(), 'gap.geojson', JSON.stringify(json), {
        idProperty: 'NUTS_ID',
      });
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({
        error: {
          code: 'validation',
          message: expect.stringContaining('features.1.properties.NUTS_ID'),
          issues: [{ path: 'features.1.properties.NUTS_ID', message: 'feature 1 has no NUTS_ID' }],
        },
      });
    });

    it('an id property no feature has: 400 at options.idProperty', async () => {
      const response = await upload(owner, url(), 'x.geojson', JSON.stringify(twoSquares()), {
        idProperty: 'il_kodu',
      });
      expect(response.json()).toMatchObject({
        error: {
          issues: [
            {
              path: 'options.idProperty',
              message: expect.stringContaining('NUTS_ID, NUTS_NAME, LEVL_CODE'),
            },
          ],
        },
      });
    });

    it('a file of 25 MB: 413 payload_too_large (the limit is 20 MB)', async () => {
      const response = await upload(owner, url(), 'huge.geojson', ' '.repeat(25 * 1024 * 1024));
      expect(response.statusCode).toBe(413);
      expect(response.json()).toMatchObject({
        error: { code: 'payload_too_large', message: expect.stringContaining('20 MB') },
      });
    });
  });

  it('answers 404 for a map of another project, and deletes one once', async () => {
    const id = await addGeography(owner, slug);
    const otherSlug = await createProject(owner, 'Other maps');
    expect((await owner.get(`${geographiesUrl(otherSlug)}/${id}`)).statusCode).toBe(404);
    expect((await owner.delete(`${geographiesUrl(otherSlug)}/${id}`)).statusCode).toBe(404);
    expect((await owner.delete(`${url()}/${id}`)).statusCode).toBe(204);
    expect((await owner.get(`${url()}/${id}`)).statusCode).toBe(404);
    expect((await owner.delete(`${url()}/${id}`)).statusCode).toBe(404);
  });

  it('a viewer reads the maps but may not import or delete one', async () => {
    const viewer = await t.signUp('viewer@example.com');
    const project = expectStatus(await owner.get(`/api/projects/${slug}`), 200).json() as {
      id: string;
    };
    await setMemberRole(t.database.db, project.id, viewer.userId ?? '', 'viewer');
    const id = await addGeography(owner, slug);
    expect((await viewer.get(`${url()}/${id}`)).statusCode).toBe(200);
    expect(
      (await upload(viewer, url(), 'v.geojson', JSON.stringify(twoSquares()))).statusCode,
    ).toBe(403);
    expect((await viewer.delete(`${url()}/${id}`)).statusCode).toBe(403);
  });
});
