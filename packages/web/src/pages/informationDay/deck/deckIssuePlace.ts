// Where on the deck page a settings problem is, in words: "Workshop calendar, workshop 2",
// from a validation path ("workshopCalendar.1.title") of core's schema or the server.

/** The translation key (namespace deck) and values naming the place of `path`. */
export function deckIssuePlace(path: string): { key: string; values: Record<string, number> } {
  const [field, index] = path.replace(/^body\./, '').split('.');
  const number = Number(index) + 1;
  switch (field) {
    case 'sections':
      return { key: 'sections.title', values: {} };
    case 'benchmarkCaseId':
      return { key: 'case.title', values: {} };
    case 'workshopCalendar':
      return Number.isInteger(number)
        ? { key: 'place.calendarRow', values: { number } }
        : { key: 'calendar.title', values: {} };
    case 'nextSteps':
      return Number.isInteger(number)
        ? { key: 'place.stepRow', values: { number } }
        : { key: 'steps.title', values: {} };
    default:
      return { key: 'place.settings', values: {} };
  }
}
