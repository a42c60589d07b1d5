// Reading organisation types from codes and from the English and Turkish words users type.

import { describe, expect, it } from 'vitest';
import { ORGANISATION_TYPES, parseOrganisationType } from './organisationTypes';

describe('parseOrganisationType', () => {
  it('reads every type code', () => {
    for (const type of ORGANISATION_TYPES) expect(parseOrganisationType(type)).toBe(type);
  });

  it('reads codes written with spaces instead of underscores', () => {
    expect(parseOrganisationType('service provider')).toBe('service_provider');
    expect(parseOrganisationType('Public Agency')).toBe('public_agency');
  });

  it('reads English words', () => {
    expect(parseOrganisationType('Company')).toBe('firm');
    expect(parseOrganisationType('vendor')).toBe('supplier');
    expect(parseOrganisationType('Association')).toBe('chamber');
    expect(parseOrganisationType('Bank')).toBe('finance');
    expect(parseOrganisationType('Research Centre')).toBe('university');
  });

  it('reads Turkish words, with or without Turkish letters', () => {
    expect(parseOrganisationType('Üniversite')).toBe('university');
    expect(parseOrganisationType('universite')).toBe('university');
    expect(parseOrganisationType('Tedarikçi')).toBe('supplier');
    expect(parseOrganisationType('Şirket')).toBe('firm');
    expect(parseOrganisationType('İşletme')).toBe('firm');
    expect(parseOrganisationType('Sanayi Odası')).toBe('chamber');
    expect(parseOrganisationType('Kalkınma Ajansı')).toBe('public_agency');
    expect(parseOrganisationType('Hizmet Sağlayıcı')).toBe('service_provider');
    expect(parseOrganisationType('Vakıf')).toBe('ngo');
    expect(parseOrganisationType('Diğer')).toBe('other');
  });

  it('ignores case, including Turkish capitals and surrounding spaces', () => {
    expect(parseOrganisationType('ÜNİVERSİTE')).toBe('university');
    expect(parseOrganisationType('TEDARİKÇİ')).toBe('supplier');
    expect(parseOrganisationType('ISLETME')).toBe('firm');
    expect(parseOrganisationType('  FIRM ')).toBe('firm');
  });

  it('gives undefined for unknown or empty text', () => {
    expect(parseOrganisationType('spaceship')).toBeUndefined();
    expect(parseOrganisationType('')).toBeUndefined();
    expect(parseOrganisationType('firm or university')).toBeUndefined();
  });
});
