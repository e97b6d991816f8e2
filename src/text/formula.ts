/**
 * Characters a spreadsheet may drop, skip or not show before it decides whether a cell is a formula (as a
 * regular expression class body, `u` flag): controls (LibreOffice drops U+0000 and runs the rest), format
 * characters (zero-width, bidirectional marks, the byte order mark), spaces and separators of every width
 * (CSV import may trim them), and the other default-ignorable code points (variation selectors, fillers).
 */
export const invisibleLeadCharacters = '\\p{Cc}\\p{Cf}\\p{Z}\\p{Default_Ignorable_Code_Point}';

/** The characters that start a formula (OWASP CSV injection), with their full-width forms. */
export const formulaTriggers = '=+\\-@\\t\\r\\n\\uFF1D\\uFF0B\\uFF0D\\uFF20';

const formulaStart = new RegExp(`^['${invisibleLeadCharacters}]*[${formulaTriggers}]`, 'u');
const escapedFormulaStart = new RegExp(`^'['${invisibleLeadCharacters}]*[${formulaTriggers}]`, 'u');

/**
 * Neutralises a cell a spreadsheet would run as a formula (OWASP CSV injection): text that starts with
 * = + - @ TAB CR LF or their full-width forms, after any mix of "'" and invisible characters (controls, NUL,
 * spaces, zero-width and bidirectional marks, BOM), gets one leading "'". So "\u0000=HYPERLINK(…)" and
 * "\u200B+1" are escaped too. `unescapeFormula` always gives the original back.
 *
 * @example
 * escapeFormula('-2,000 fighters'); // "'-2,000 fighters"
 * escapeFormula('\u0000=1+1'); // "'\u0000=1+1"
 * escapeFormula('2,000 fighters'); // '2,000 fighters'
 */
export function escapeFormula(text: string): string {
  return formulaStart.test(text) ? `'${text}` : text;
}

/**
 * Undoes `escapeFormula`: reads a cell of a formula-escaped CSV back to the text that was exported.
 *
 * @example
 * unescapeFormula("'-2,000 fighters"); // '-2,000 fighters'
 */
export function unescapeFormula(text: string): string {
  return escapedFormulaStart.test(text) ? text.slice(1) : text;
}
