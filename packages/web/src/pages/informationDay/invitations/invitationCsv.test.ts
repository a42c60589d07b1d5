// The mail-merge CSV of new invitations: absolute links, quoting, and formulas neutralised.

import { describe, expect, it } from 'vitest';
import type { CreatedInvitation } from '../eventTypes';
import { invitationCsv } from './invitationCsv';

const invitation = (change: Partial<CreatedInvitation>): CreatedInvitation => ({
  id: 'i1',
  organisationId: 'o1',
  organisationName: 'Ege Döküm A.Ş.',
  contactName: 'Ayşe Yılmaz',
  email: 'ayse@ege.example',
  createdAt: '2026-10-01T10:00:00Z',
  registration: null,
  link: '/e/i/tok_1',
  ...change,
});

const headings = { organisation: 'organisation', contact: 'contact', email: 'email', link: 'link' };

describe('invitationCsv', () => {
  it('writes a heading row and a row per invitation with the link made absolute, for Excel', () => {
    const csv = invitationCsv([invitation({})], 'https://kume.example', headings);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual([
      'organisation,contact,email,link',
      'Ege Döküm A.Ş.,Ayşe Yılmaz,ayse@ege.example,https://kume.example/e/i/tok_1',
      '',
    ]);
  });

  it('quotes commas and quotes, and neutralises a name that starts a formula', () => {
    const csv = invitationCsv(
      [invitation({ organisationName: '=HYPERLINK("x")', contactName: 'Yılmaz, Ayşe', email: '' })],
      'http://10.0.0.5:8080',
      headings,
    );
    const row = csv.split('\r\n')[1];
    expect(row).toBe(`"'=HYPERLINK(""x"")","Yılmaz, Ayşe",,http://10.0.0.5:8080/e/i/tok_1`);
  });
});
