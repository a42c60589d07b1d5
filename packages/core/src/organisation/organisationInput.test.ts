// The validation of organisation and contact input shared by the API, the import and the forms.

import { describe, expect, it } from 'vitest';
import { contactInputSchema, organisationInputSchema } from './organisationInput';

const parse = (fields: Record<string, unknown>) =>
  organisationInputSchema.safeParse({ name: 'Ege Döküm A.Ş.', type: 'firm', ...fields });
const issueOn = (fields: Record<string, unknown>) => {
  const result = parse(fields);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
};

describe('organisationInputSchema', () => {
  it('accepts a name and a type alone, the optional fields left out', () => {
    const result = parse({});
    expect(result.success).toBe(true);
    expect(result.data).toEqual({ name: 'Ege Döküm A.Ş.', type: 'firm' });
  });

  it('requires a name that is more than white space', () => {
    expect(issueOn({ name: '   ' })).toEqual(['name']);
    expect(issueOn({ name: 'x'.repeat(201) })).toEqual(['name']);
  });

  it('rejects a type that is not a code', () => {
    expect(issueOn({ type: 'Üniversite' })).toEqual(['type']);
  });

  it('keeps <script> in a name as plain text', () => {
    const name = '<script>alert(1)</script> Döküm';
    expect(parse({ name }).data?.name).toBe(name);
  });

  it('gives a website without a scheme https://', () => {
    expect(parse({ website: 'www.egedokum.com.tr' }).data?.website).toBe(
      'https://www.egedokum.com.tr/',
    );
    expect(parse({ website: 'http://egedokum.example/iletisim' }).data?.website).toBe(
      'http://egedokum.example/iletisim',
    );
  });

  it('rejects javascript:, data: and other non-web schemes in a website', () => {
    expect(issueOn({ website: 'javascript:alert(1)' })).toEqual(['website']);
    expect(issueOn({ website: 'JavaScript:alert(1)' })).toEqual(['website']);
    expect(issueOn({ website: 'data:text/html,<script>alert(1)</script>' })).toEqual(['website']);
    expect(issueOn({ website: 'ftp://files.example' })).toEqual(['website']);
  });

  it('turns an empty website, text or industry code into null', () => {
    const data = parse({ website: ' ', city: '', industryCode: '' }).data;
    expect(data).toMatchObject({ website: null, city: null, industryCode: null });
  });

  it('accepts NACE codes C24.51 and 24.51 and the NAICS code 331511, upper-casing them', () => {
    expect(parse({ industryCode: 'C24.51' }).data?.industryCode).toBe('C24.51');
    expect(parse({ industryCode: 'c24.51' }).data?.industryCode).toBe('C24.51');
    expect(parse({ industryCode: '24.51' }).data?.industryCode).toBe('24.51');
    expect(parse({ industryCode: '331511' }).data?.industryCode).toBe('331511');
    expect(parse({ industryCode: 'C' }).data?.industryCode).toBe('C');
  });

  it('rejects industry codes that are neither NACE nor NAICS', () => {
    for (const industryCode of ['ABC', '1', '3315111', 'C2', '24.', 'Z24.51']) {
      expect(issueOn({ industryCode }), industryCode).toEqual(['industryCode']);
    }
  });

  it('rejects employees that are not whole numbers from 0', () => {
    expect(issueOn({ employees: 12.5 })).toEqual(['employees']);
    expect(issueOn({ employees: -1 })).toEqual(['employees']);
    expect(issueOn({ employees: '12' })).toEqual(['employees']);
    expect(parse({ employees: 0 }).success).toBe(true);
  });

  it('rejects coordinates off the globe', () => {
    expect(issueOn({ latitude: 90.5 })).toEqual(['latitude']);
    expect(issueOn({ longitude: -181 })).toEqual(['longitude']);
    expect(parse({ latitude: 38.42, longitude: 27.14 }).success).toBe(true);
  });
});

describe('contactInputSchema', () => {
  it('lower-cases the email and defaults consent to false', () => {
    const result = contactInputSchema.safeParse({ name: 'Ayşe Yılmaz', email: 'AYSE@Ege.Example' });
    expect(result.data).toEqual({
      name: 'Ayşe Yılmaz',
      email: 'ayse@ege.example',
      consentToContact: false,
    });
  });

  it('rejects an email or phone that is not one', () => {
    expect(contactInputSchema.safeParse({ name: 'A', email: 'ayse at ege' }).success).toBe(false);
    expect(contactInputSchema.safeParse({ name: 'A', phone: 'call me' }).success).toBe(false);
    expect(contactInputSchema.safeParse({ name: 'A', phone: '+90 (232) 555-00-00' }).success).toBe(
      true,
    );
  });
});

describe('websiteSchema with a port', () => {
  it('reads "www.x.com:8080" as a host with a port, not a scheme', () => {
    expect(
      organisationInputSchema.parse({ name: 'A', type: 'firm', website: 'www.x.com:8080' }).website,
    ).toBe('https://www.x.com:8080/');
  });
  it('still rejects javascript: with a digit-free payload', () => {
    expect(
      organisationInputSchema.safeParse({ name: 'A', type: 'firm', website: 'javascript:alert(1)' })
        .success,
    ).toBe(false);
  });
});
