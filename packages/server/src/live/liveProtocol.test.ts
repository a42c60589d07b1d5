// The live protocol's hello: the optional organisation beside the token and the name, older
// clients' hellos still read.

import { describe, expect, it } from 'vitest';
import { readClientMessage } from './liveProtocol';

describe('readClientMessage (hello)', () => {
  it("reads a hello with the participant's organisation", () => {
    expect(
      readClientMessage(JSON.stringify({ type: 'hello', name: 'Ayşe', organisationId: 'org-1' })),
    ).toEqual({ message: { type: 'hello', name: 'Ayşe', organisationId: 'org-1' } });
  });

  it('still reads a hello without an organisation, as older clients send it', () => {
    expect(readClientMessage(JSON.stringify({ type: 'hello', name: 'Ayşe' }))).toEqual({
      message: { type: 'hello', name: 'Ayşe' },
    });
  });

  it('refuses an organisation that is not a string, naming the field', () => {
    expect(readClientMessage(JSON.stringify({ type: 'hello', organisationId: 7 }))).toEqual({
      error: expect.stringMatching(/^organisationId: /) as unknown,
    });
  });
});
