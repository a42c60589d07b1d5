// What the deck tests work on: real PNG and JPEG images made byte by byte, and an event and its
// guests written straight into the database (the event routes are not what these tests are about).

import { deflateSync, crc32 } from 'node:zlib';
import { schema, type Db } from '@kume/db';
import type { RegistrationStatus } from '@kume/core';

/** A PNG of `width` x `height` blue pixels: signature, IHDR, one IDAT, IEND, CRCs right. */
export function tinyPng(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, no interlace
  const row = Buffer.concat([
    Buffer.from([0]),
    Buffer.alloc(width * 3, Buffer.from([28, 126, 214])),
  ]);
  const pixels = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(pixels)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/**
 * A baseline grey JPEG of `width` x `height`: one quantisation table, one-code Huffman tables, and
 * every 8 x 8 block coded as "no change, end of block" (two zero bits), padded with ones.
 */
export function flatJpeg(width: number, height: number): Buffer {
  const segment = (marker: number, data: number[]) => [
    0xff,
    marker,
    (data.length + 2) >> 8,
    (data.length + 2) & 0xff,
    ...data,
  ];
  const oneCodeTable = (tableClass: number) => [
    (tableClass << 4) | 0,
    1,
    ...Array<number>(15).fill(0),
    0,
  ];
  const blocks = Math.ceil(width / 8) * Math.ceil(height / 8);
  const scan = Array<number>(Math.ceil((blocks * 2) / 8)).fill(0xff);
  for (let bit = 0; bit < blocks * 2; bit++) scan[bit >> 3]! &= ~(0x80 >> (bit & 7));
  return Buffer.from([
    0xff,
    0xd8,
    ...segment(0xdb, [0, ...Array<number>(64).fill(1)]),
    ...segment(0xc0, [8, height >> 8, height & 0xff, width >> 8, width & 0xff, 1, 1, 0x11, 0]),
    ...segment(0xc4, oneCodeTable(0)),
    ...segment(0xc4, oneCodeTable(1)),
    ...segment(0xda, [1, 1, 0x00, 0, 63, 0]),
    ...scan,
    0xff,
    0xd9,
  ]);
}

let events = 0;

/** An event of the project, written straight into the table; answers its id. */
export async function addEvent(
  db: Db,
  projectId: string,
  fields: Partial<typeof schema.events.$inferInsert> = {},
): Promise<string> {
  events += 1;
  const [row] = await db
    .insert(schema.events)
    .values({
      projectId,
      title: 'Kümelenme Bilgi Günü',
      eventDate: '2027-01-20',
      startTime: '10:00',
      endTime: '13:00',
      venue: 'İzmir Ticaret Odası',
      agenda: [{ time: '10:00', title: 'Açılış', speaker: '' }],
      capacity: 40,
      publicCode: `DECK${String(events).padStart(4, '0')}`,
      ...fields,
    })
    .returning({ id: schema.events.id });
  return row!.id;
}

export interface GuestFixture {
  name: string;
  status?: RegistrationStatus;
  checkedIn?: boolean;
  organisationId?: string | null;
}

/** Registrations of the event, written straight into the table. */
export async function addGuests(db: Db, eventId: string, guests: GuestFixture[]): Promise<void> {
  const at = new Date('2026-11-26T09:00:00Z');
  await db.insert(schema.eventRegistrations).values(
    guests.map((guest, i) => {
      const email = `guest${i}.${eventId.slice(0, 8)}@example.com`;
      return {
        eventId,
        name: guest.name,
        organisationId: guest.organisationId ?? null,
        email,
        emailKey: email,
        consentAt: at,
        status: guest.status ?? 'registered',
        source: 'public' as const,
        ticketSha256: `${eventId}-${i}`,
        checkedInAt: guest.checkedIn ? at : null,
        cancelledAt: guest.status === 'cancelled' ? at : null,
      };
    }),
  );
}
