/**
 * Every code a `SaidbyIssue` can carry, with what it means. The first group are zod's own codes, passed
 * through unchanged when a record fails the schema; the rest are saidby's.
 */
export const issueCodes = {
  invalid_type: 'A value has the wrong type (zod): a number where text belongs, a missing required field.',
  invalid_value: 'A value is not one of those allowed (zod): an unknown `kind` or `claimType`.',
  invalid_format: 'Text does not have the required form (zod): a slug, a date, a URL, a QID.',
  too_small: 'A number, text or list is below its minimum (zod).',
  too_big: 'A number, text or list is above its maximum (zod).',
  not_multiple_of: 'A number is not a multiple of the required step (zod).',
  unrecognized_keys: 'A record has a field the schema does not know (zod): nothing is silently dropped.',
  invalid_union: 'A value matches none of the allowed shapes (zod).',
  invalid_key: 'A key of a map is invalid (zod).',
  invalid_element: 'An element of a collection is invalid (zod).',
  custom: 'A rule that ties fields together fails (zod refinement): span order, date precision, archive fields.',
  invalid_argument: 'A function or command option got a value it cannot use: a misspelt filter, a speaker or topic no record has, a reversed date range; `allowed` lists what would work.',
  unknown_option: 'An option name that the function or command does not have; `allowed` lists the names.',
  missing_collection: 'A query needs a table the collection does not give (a speaker filter without `speakers`).',
  unknown_reference: 'A `speakerId` or `sourceId` that names no speaker or source.',
  duplicate_id: 'An id used by an earlier record of the same table.',
  invalid_json: 'An NDJSON line that is not valid JSON.',
  duplicate_key: 'A JSON object with the same key twice (a JSON reader would keep only one of its values).',
  forbidden_key: 'The JSON key `__proto__`, which a JavaScript object cannot hold as data.',
  lone_surrogate: 'Half of a UTF-16 surrogate pair from a JSON escape: the text would change if written.',
  number_out_of_range: 'A JSON number outside the range of a double (`1e-400` would read as 0).',
  too_deep: 'Arrays and objects nested deeper than the limit (`maxDepth`).',
  record_too_large: 'A line or record longer than the limit (`maxRecordBytes`).',
  truncated_line: 'The input ends in the middle of a line.',
  truncated_record: 'The input ends in the middle of a CSV record (an open quoted cell).',
  invalid_utf8: 'Bytes that are not valid UTF-8.',
  invalid_csv: 'CSV that cannot be parsed.',
  invalid_header: 'A CSV header that does not name the columns of one table.',
  wrong_column_count: 'A CSV row with more or fewer cells than the header.',
  invalid_cell: 'A CSV cell that cannot be read back as its column type, or a value that cannot be written as a cell.',
  unknown_table: 'A record whose table cannot be told from its keys.',
  invalid_liar_cell: 'A LIAR/LIAR-PLUS cell that cannot be imported.',
  missing_file: 'A file the dataset or command names does not exist.',
  missing_folder: 'A dataset folder that does not exist or is not a folder.',
  not_a_dataset_folder: 'A folder that is not a saidby dataset folder.',
  folder_locked: 'Another saidby process is writing the dataset folder.',
  symlink_refused: 'A symbolic link where saidby reads or writes a file: it never follows one.',
  output_is_input: 'An output that is one of the inputs: writing it would destroy what is being read.',
  article_in_folder: 'The article is in the dataset folder already (replace its drafts explicitly).',
  source_id_taken: 'A source id that names another article in the dataset folder.',
  archive_conflict: 'An archive path that holds another article or other bytes.',
  archive_missing: 'A source names an archived file that is not there.',
  outside_folder: 'A path that leads out of the dataset folder (absolute, "..", NUL, or resolving outside it).',
  not_a_file: 'A path that names a folder, pipe, socket or device where a regular file belongs.',
  unreadable_file: 'A file that exists but cannot be read.',
  file_too_large: 'A file larger than saidby reads whole.',
  output_is_symlink: 'An output path that is a symbolic link: saidby never writes through one.',
  output_not_writable: 'An output path that cannot be written.',
  hash_mismatch: 'An archived file whose sha256 differs from the source record.',
  length_mismatch: 'An archived text whose code-point length differs from the source record.',
  span_without_archive: 'A span into a source that has no archived text.',
  span_out_of_range: 'A span that ends past the end of the archived text.',
  text_mismatch: 'The archived text at a span is not the record text.',
  prefix_mismatch: 'A quote prefix that is not the text before its span.',
  suffix_mismatch: 'A quote suffix that is not the text after its span.',
  not_quoted: 'A direct quote or quoted segment not bounded by quotation marks in the archived text.',
  segment_outside_quote: 'A quoted segment outside its mixed quote.',
  empty_span: 'A review edit that selects no text.',
  changed_since: 'The dataset folder changed on disk while a review edit was being saved.',
  nothing_to_undo: 'A review undo with no change left to undo.',
} as const satisfies Record<string, string>;

/** The code of a `SaidbyIssue`: one of `issueCodes`. */
export type SaidbyIssueCode = keyof typeof issueCodes;

/**
 * The issue codes as a Markdown table (the README lists them from here).
 *
 * @example
 * issueCodesMarkdown().split('\n')[0]; // '| code | meaning |'
 */
export function issueCodesMarkdown(): string {
  const escape = (text: string) => text.replace(/\|/g, '\\|');
  return ['| code | meaning |', '| --- | --- |', ...Object.entries(issueCodes).map(([code, meaning]) => `| \`${code}\` | ${escape(meaning)} |`)].join('\n');
}
