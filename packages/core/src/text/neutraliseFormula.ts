// Protection of exported spreadsheets against formula injection (CSV/XLSX injection).

const formulaStart = /^[=+\-@\t\r]/;

/**
 * A cell text that a spreadsheet would run as a formula (it starts with =, +, -, @, tab or
 * carriage return) gets a leading apostrophe, so Excel and LibreOffice show it as text.
 * OWASP "CSV Injection". Numbers are left alone: only strings are passed here.
 */
export function neutraliseFormula(text: string): string {
  return formulaStart.test(text) ? `'${text}` : text;
}
