// Import and export of the organisation registry through the API: preview with a suggested
// mapping, dry runs that list errors by row and column, all-or-nothing imports, files that are
// not spreadsheets, and exports that are safe to open and import again.

import { randomBytes } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeWindows1254 } from '../../../io/test/encodeWindows1254';
import {
  addOrganisation,
  createProject,
  expectStatus,
  registryCount,
  upload,
} from '../../test/projectFixtures';
import { type Agent, createTestApp, type TestApp } from '../../test/testApp';
import { MAX_UPLOAD_BYTES } from '@kume/io';

interface ImportError {
  row: number;
  column: string | null;
  field: string | null;
  message: string;
}
interface ImportResult {
  dryRun: boolean;
  mapping: Record<string, number>;
  rowCount: number;
  validCount: number;
  errorCount: number;
  errors: ImportError[];
  created: number;
}

async function xlsx(rows: (string | number | null)[][], sheet = 'Organisations') {
  const book = new ExcelJS.Workbook();
  book.addWorksheet(sheet).addRows(rows);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

describe('registry import and export', () => {
  let t: TestApp;
  let owner: Agent;
  beforeAll(async () => {
    t = await createTestApp();
    owner = await t.signUp('owner@example.com');
  });
  afterAll(() => t.close());

  const previewUrl = (slug: string) => `/api/projects/${slug}/organisations/import/preview`;
  const importUrl = (slug: string) => `/api/projects/${slug}/organisations/import`;

  describe('preview', () => {
    let slug: string;
    beforeAll(async () => {
      slug = await createProject(owner, 'Preview cluster');
    });

    it('a comma CSV with Turkish headings: headings, first rows and the suggested mapping', async () => {
      const csv =
        'Firma Adı,Tür,Çalışan Sayısı,İl,E-posta,Yorum\nEge Döküm,firma,250,İzmir,info@ege.com,x\n';
      const response = await upload(owner, previewUrl(slug), 'firms.csv', csv);
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({
        fileName: 'firms.csv',
        format: 'csv',
        headings: ['Firma Adı', 'Tür', 'Çalışan Sayısı', 'İl', 'E-posta', 'Yorum'],
        rowCount: 1,
        sampleRows: [['Ege Döküm', 'firma', '250', 'İzmir', 'info@ege.com', 'x']],
        suggestedMapping: { name: 0, type: 1, employees: 2, city: 3, contactEmail: 4 },
      });
    });

    it('a semicolon CSV in UTF-8 with a BOM', async () => {
      const csv = '\uFEFFName;Type;Employees\nA;firm;1\nB;firm;2\n';
      const response = await upload(owner, previewUrl(slug), 'semi.csv', csv);
      expect(response.json()).toMatchObject({
        headings: ['Name', 'Type', 'Employees'],
        rowCount: 2,
        suggestedMapping: { name: 0, type: 1, employees: 2 },
      });
    });

    it('a Windows-1254 CSV keeps its Turkish letters', async () => {
      const bytes = encodeWindows1254('Kuruluş Adı;Türü;İlçe\nIşık Döküm;firma;Çiğli\n');
      const response = await upload(owner, previewUrl(slug), 'excel.csv', bytes);
      expect(response.json()).toMatchObject({
        headings: ['Kuruluş Adı', 'Türü', 'İlçe'],
        sampleRows: [['Işık Döküm', 'firma', 'Çiğli']],
        suggestedMapping: { name: 0, type: 1, district: 2 },
      });
    });

    it('an XLSX workbook: its sheets, and the chosen sheet', async () => {
      const book = new ExcelJS.Workbook();
      book.addWorksheet('Notes').addRow(['nothing here']);
      book.addWorksheet('Firms').addRows([
        ['Name', 'Type'],
        ['Ege Döküm', 'firm'],
      ]);
      const bytes = new Uint8Array(await book.xlsx.writeBuffer());
      const response = await upload(owner, previewUrl(slug), 'book.xlsx', bytes, {
        sheet: 'Firms',
      });
      expect(response.json()).toMatchObject({
        format: 'xlsx',
        sheets: ['Notes', 'Firms'],
        sheet: 'Firms',
        headings: ['Name', 'Type'],
        suggestedMapping: { name: 0, type: 1 },
      });
    });

    it('a request that is not multipart is 400 and says how to send the file', async () => {
      const response = await owner.post(previewUrl(slug), { file: 'name,type' });
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({
        error: { message: expect.stringMatching(/multipart/) },
      });
    });

    it('options that are not JSON, or name an unknown field, are 400', async () => {
      const form = new FormData();
      form.append('file', new Blob(['name\nA\n']), 'a.csv');
      form.append('options', '{not json');
      expect((await owner.request('POST', importUrl(slug), form)).statusCode).toBe(400);
      const unknownType = await upload(owner, importUrl(slug), 'a.csv', 'name\nA\n', {
        defaultType: 'spaceship',
      });
      expect(unknownType.statusCode).toBe(400);
      expect(unknownType.json()).toMatchObject({
        error: { issues: [{ path: 'options.defaultType' }] },
      });
    });
  });

  describe('dry run and commit of a file with errors', () => {
    let slug: string;
    const csv = [
      'Name,Type,Employees',
      'Good Firm,firm,10',
      ',firm,5',
      'Bad Size,firm,çok',
      'Half Size,firm,12.5',
      'GOOD FIRM,firm,3',
      'Existing Firm,supplier,1',
      'Odd Type,spaceship,1',
      'Another Good,university,',
    ].join('\n');

    beforeAll(async () => {
      slug = await createProject(owner, 'Error cluster');
      await addOrganisation(owner, slug, { name: 'EXISTING FIRM', type: 'firm' });
    });

    it('the dry run lists every error by row and column and writes nothing', async () => {
      const response = await upload(owner, importUrl(slug), 'errors.csv', csv);
      expect(response.statusCode).toBe(200);
      const result = response.json() as ImportResult;
      expect(result).toMatchObject({
        dryRun: true,
        rowCount: 8,
        validCount: 2,
        errorCount: 6,
        created: 0,
      });
      expect(result.errors.map((e) => [e.row, e.column, e.field, e.message])).toEqual([
        [3, 'A (Name)', 'name', 'required'],
        [4, 'C (Employees)', 'employees', 'not a whole number'],
        [5, 'C (Employees)', 'employees', 'not a whole number'],
        [6, 'A (Name)', 'name', 'duplicate of row 2'],
        [7, 'A (Name)', 'name', 'already in the registry'],
        [8, 'B (Type)', 'type', 'not a known organisation type'],
      ]);
      expect(await registryCount(owner, slug)).toBe(1);
    });

    it('the commit is refused with 422, listing the errors, and the registry is unchanged', async () => {
      const response = await upload(owner, importUrl(slug), 'errors.csv', csv, { dryRun: false });
      expect(response.statusCode).toBe(422);
      const { error } = response.json() as {
        error: { code: string; message: string; details: ImportResult };
      };
      expect(error.code).toBe('import_invalid');
      expect(error.message).toBe('nothing was imported: 6 error(s) in errors.csv');
      expect(error.details.errorCount).toBe(6);
      expect(await registryCount(owner, slug)).toBe(1);
    });

    it('a file without a name column: the error is on row 1, about the mapping', async () => {
      const response = await upload(owner, importUrl(slug), 'wrong.csv', 'Foo,Bar\n1,2\n', {
        defaultType: 'firm',
      });
      const result = response.json() as ImportResult;
      expect(result.errors).toEqual([
        expect.objectContaining({
          row: 1,
          field: 'name',
          message: 'no column is mapped to the organisation name',
        }),
      ]);
    });

    it('a file without a type column and no default type: the error says so', async () => {
      const result = (
        await upload(owner, importUrl(slug), 'notype.csv', 'Name\nA\n')
      ).json() as ImportResult;
      expect(result.errors.map((e) => e.message)).toEqual([
        'no column is mapped to the type, and no default type is chosen',
      ]);
    });

    it('a mapping to a column the file does not have is an error on row 1', async () => {
      const result = (
        await upload(owner, importUrl(slug), 'short.csv', 'Name,Type\nA,firm\n', {
          mapping: { name: 0, type: 1, employees: 5 },
        })
      ).json() as ImportResult;
      expect(result.errors).toEqual([
        expect.objectContaining({
          row: 1,
          field: 'employees',
          message: 'mapped to column 6, which the file does not have',
        }),
      ]);
    });
  });

  describe('clean imports', () => {
    it('a clean CSV imports every row with its contact; the default type fills empty type cells', async () => {
      const slug = await createProject(owner, 'Clean cluster');
      const csv = [
        'Firma Adı;Tür;Çalışan Sayısı;Yetkili;Telefon;KVKK Onayı',
        'Ege Döküm;;1.250;Ayşe Yılmaz;+90 232 123 45 67;evet',
        'Çiğli Kalıp;tedarikçi;40;;;',
        'Dokuz Eylül Üniversitesi;üniversite;;Prof. Dr. Kaya;;hayır',
      ].join('\r\n');
      const response = await upload(owner, importUrl(slug), 'clean.csv', csv, {
        dryRun: false,
        defaultType: 'firm',
      });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({ errorCount: 0, created: 3 });
      const list = (await owner.get(`/api/projects/${slug}/organisations?sort=name`)).json() as {
        items: {
          id: string;
          name: string;
          type: string;
          employees: number | null;
          contactCount: number;
        }[];
      };
      expect(list.items.map((o) => [o.name, o.type, o.employees, o.contactCount])).toEqual([
        ['Çiğli Kalıp', 'supplier', 40, 0],
        ['Dokuz Eylül Üniversitesi', 'university', null, 1],
        ['Ege Döküm', 'firm', 1250, 1],
      ]);
      const ege = list.items.find((o) => o.name === 'Ege Döküm');
      const detail = (await owner.get(`/api/projects/${slug}/organisations/${ege?.id}`)).json() as {
        contacts: { name: string; phone: string; consentToContact: boolean }[];
      };
      expect(detail.contacts).toEqual([
        expect.objectContaining({
          name: 'Ayşe Yılmaz',
          phone: '+90 232 123 45 67',
          consentToContact: true,
        }),
      ]);
    });

    it('a Windows-1254 CSV imports with the Turkish names intact', async () => {
      const slug = await createProject(owner, 'Encoding cluster');
      const bytes = encodeWindows1254('Firma Adı;Tür\nIşık Döküm Şirketi;firma\nĞüneş Ürün;oda\n');
      const response = await upload(owner, importUrl(slug), 'tr.csv', bytes, { dryRun: false });
      expect(response.json()).toMatchObject({ created: 2 });
      const list = (await owner.get(`/api/projects/${slug}/organisations?q=isik`)).json() as {
        items: { name: string }[];
      };
      expect(list.items.map((o) => o.name)).toEqual(['Işık Döküm Şirketi']);
    });

    it('ten rows from an XLSX workbook import', async () => {
      const slug = await createProject(owner, 'Workbook cluster');
      const rows = Array.from({ length: 10 }, (_, i) => [
        `Firma ${i + 1}`,
        i % 2 === 0 ? 'firm' : 'supplier',
        10 * (i + 1),
        'İzmir',
      ]);
      const bytes = await xlsx([['Name', 'Type', 'Employees', 'City'], ...rows]);
      const response = await upload(owner, importUrl(slug), 'ten.xlsx', bytes, { dryRun: false });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({ rowCount: 10, errorCount: 0, created: 10 });
      expect(await registryCount(owner, slug)).toBe(10);
    });
  });

  describe('files that are not spreadsheets', () => {
    let slug: string;
    beforeAll(async () => {
      slug = await createProject(owner, 'Garbage cluster');
    });

    it('10 MB of random bytes: 400 unsupported_file with a clear message, nothing written', async () => {
      const response = await upload(
        owner,
        importUrl(slug),
        'garbage.csv',
        randomBytes(10_000_000),
        {
          dryRun: false,
          defaultType: 'firm',
        },
      );
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({
        error: {
          code: 'unsupported_file',
          message: 'garbage.csv is not a CSV text file or an XLSX workbook (it holds binary data)',
        },
      });
      expect(await registryCount(owner, slug)).toBe(0);
    });

    it('a file over 10 MB: 413, nothing written', async () => {
      const big = new Uint8Array(MAX_UPLOAD_BYTES + 1024).fill(0x41);
      const response = await upload(owner, importUrl(slug), 'big.csv', big, { dryRun: false });
      expect(response.statusCode).toBe(413);
      expect(response.json()).toMatchObject({
        error: { code: 'payload_too_large', message: expect.stringContaining('10 MB') },
      });
      expect(await registryCount(owner, slug)).toBe(0);
    });

    it('a .xlsx name with CSV content: a clear error', async () => {
      const response = await upload(owner, previewUrl(slug), 'list.xlsx', 'name,type\nA,firm\n');
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({
        error: {
          code: 'unsupported_file',
          message: expect.stringMatching(/^list\.xlsx is not a readable XLSX workbook/),
        },
      });
    });
  });

  describe('export', () => {
    let slug: string;
    const exported = (format: 'csv' | 'xlsx', query = '') =>
      owner.request('GET', `/api/projects/${slug}/organisations/export?format=${format}${query}`);

    beforeAll(async () => {
      slug = await createProject(owner, 'Export cluster');
      await addOrganisation(owner, slug, {
        name: '=1+1',
        type: 'firm',
        employees: 25,
        notes: '@SUM(A1)',
        latitude: 38.42,
        longitude: 27.14,
        website: 'https://ege.example.com',
        contacts: [
          {
            name: 'Ayşe Yılmaz',
            email: 'ayse@example.com',
            phone: '+90 232 123 45 67',
            consentToContact: true,
          },
        ],
      });
      await addOrganisation(owner, slug, {
        name: 'Dokuz Eylül Üniversitesi',
        type: 'university',
        industryCode: 'P85.42',
        city: 'İzmir',
      });
      await addOrganisation(owner, slug, {
        name: '-Minus Makine',
        type: 'supplier',
        district: 'Çiğli',
      });
    });

    it('CSV: snake_case headings, a download name, and "=1+1" written as "\'=1+1"', async () => {
      const response = await exported('csv');
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(response.headers['content-disposition']).toBe(
        `attachment; filename="${slug}-organisations.csv"`,
      );
      const [headings, ...rows] = parse(response.rawPayload.toString('utf8'), {
        bom: true,
      }) as string[][];
      expect(headings).toEqual(
        expect.arrayContaining([
          'name',
          'industry_code',
          'value_chain_stage',
          'contact_email',
          'last_visited_on',
        ]),
      );
      expect(headings?.every((h) => /^[a-z]+(_[a-z]+)*$/.test(h))).toBe(true);
      const names = rows.map((r) => r[0]);
      expect(names).toEqual(
        expect.arrayContaining(["'=1+1", "'-Minus Makine", 'Dokuz Eylül Üniversitesi']),
      );
      const notes = headings?.indexOf('notes') ?? -1;
      expect(rows.find((r) => r[0] === "'=1+1")?.[notes]).toBe("'@SUM(A1)");
    });

    it('XLSX: the same headings, and "=1+1" is the text "\'=1+1", not a formula', async () => {
      const response = await exported('xlsx');
      expect(response.headers['content-type']).toBe(
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      );
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
      const sheet = book.worksheets[0];
      const headings = (sheet?.getRow(1).values as unknown[]).slice(1);
      expect(headings).toEqual(expect.arrayContaining(['name', 'industry_code', 'contact_phone']));
      const cells: { value: unknown; type: number }[] = [];
      sheet?.eachRow((row, n) => {
        if (n > 1) cells.push({ value: row.getCell(1).value, type: row.getCell(1).type });
      });
      expect(cells).toContainEqual({ value: "'=1+1", type: ExcelJS.ValueType.String });
      expect(cells.every((c) => c.type !== ExcelJS.ValueType.Formula)).toBe(true);
    });

    it('exports only what the list filter shows', async () => {
      const response = await exported('csv', '&type=university');
      const rows = parse(response.rawPayload.toString('utf8'), { bom: true }) as string[][];
      expect(rows.slice(1).map((r) => r[0])).toEqual(['Dokuz Eylül Üniversitesi']);
    });

    for (const format of ['csv', 'xlsx'] as const) {
      it(`the ${format.toUpperCase()} export imports into another project with the suggested mapping, without errors`, async () => {
        const file = (await exported(format)).rawPayload;
        const target = await createProject(owner, `Re-import ${format}`);
        const preview = expectStatus(
          await upload(owner, previewUrl(target), `export.${format}`, file),
          200,
        ).json() as { suggestedMapping: Record<string, number> };
        expect(Object.keys(preview.suggestedMapping)).toEqual(
          expect.arrayContaining([
            'name',
            'type',
            'industryCode',
            'employees',
            'contactPhone',
            'contactConsent',
          ]),
        );
        const response = await upload(owner, importUrl(target), `export.${format}`, file, {
          mapping: preview.suggestedMapping,
          dryRun: false,
        });
        const result = expectStatus(response, 200).json() as ImportResult;
        expect(result.errors).toEqual([]);
        expect(result.created).toBe(3);
        const list = (
          await owner.get(`/api/projects/${target}/organisations?sort=name`)
        ).json() as {
          items: { name: string; employees: number | null; latitude: number | null }[];
        };
        expect(list.items.map((o) => o.name)).toEqual(
          expect.arrayContaining(['=1+1', '-Minus Makine', 'Dokuz Eylül Üniversitesi']),
        );
        expect(list.items.find((o) => o.name === '=1+1')).toMatchObject({
          employees: 25,
          latitude: 38.42,
        });
      });
    }
  });
});
