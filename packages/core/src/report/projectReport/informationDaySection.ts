// The report's Information Day: the event (when, where, its agenda) and who registered and came,
// by the type of their organisation.

import type { ProjectReportInput } from '../projectReportInput';
import type { ReportBlock, ReportSection } from '../reportDocument';
import { unavailable, type ReportContext } from './reportContext';

function attendanceBlocks(input: ProjectReportInput, context: ReportContext): ReportBlock[] {
  const { words, format } = context;
  const { event, attendance } = input.deck;
  if (!event || !attendance) return [];
  const blocks: ReportBlock[] = [{ kind: 'heading', text: words.attendanceHeading }];
  if (attendance.registered + attendance.waitlisted === 0)
    return [...blocks, unavailable(context, words.noRegistrations, 'events')];
  blocks.push({
    kind: 'paragraph',
    text: [
      words.attendance(
        format.integer(attendance.capacity),
        format.integer(attendance.registered),
        format.integer(attendance.waitlisted),
        format.integer(attendance.checkedIn),
      ),
      // Before the day nobody can have checked in: say so rather than let 0 read as no-shows.
      event.date > input.generatedOn ? words.upcoming(format.date(event.date)) : '',
    ]
      .filter(Boolean)
      .join(' '),
  });
  const types = attendance.byType.filter((entry) => entry.count > 0);
  if (types.length > 0)
    blocks.push({
      kind: 'chart',
      chart: 'bar',
      categories: types.map((entry) => context.typeName(entry.type)),
      series: [{ name: words.guests, values: types.map((entry) => entry.count) }],
      valueFormat: 'integer',
      caption: words.guestsCaption,
    });
  return blocks;
}

/** Stage 3 of the report: the project's latest Information Day event and its attendance. */
export function informationDaySection(
  input: ProjectReportInput,
  context: ReportContext,
): ReportSection {
  const { words, format } = context;
  const { event } = input.deck;
  const title = words.stages.information_day;
  if (!event)
    return {
      title,
      blocks: [
        { kind: 'paragraph', text: words.dayIntro },
        unavailable(context, words.noEvent, 'events'),
      ],
    };
  const keys = words.eventKeys;
  const blocks: ReportBlock[] = [
    { kind: 'paragraph', text: words.dayIntro },
    {
      kind: 'keyValues',
      items: [
        { key: keys.event, value: event.title },
        { key: keys.date, value: format.dateWithWeekday(event.date) },
        { key: keys.time, value: `${event.startTime}–${event.endTime}` },
        { key: keys.venue, value: event.venue },
        { key: keys.address, value: event.address },
      ].filter((item) => item.value.trim() !== ''),
    },
  ];
  blocks.push(
    { kind: 'heading', text: words.agendaHeading },
    event.agenda.length > 0
      ? {
          kind: 'table',
          columns: words.agendaColumns,
          rows: event.agenda.map((item) => [item.time, item.title, item.speaker]),
        }
      : unavailable(context, words.noAgenda, 'events'),
  );
  return { title, blocks: [...blocks, ...attendanceBlocks(input, context)] };
}
