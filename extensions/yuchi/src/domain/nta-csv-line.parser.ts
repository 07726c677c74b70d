// Splits CSV text into records as it arrives, chunk by chunk, so a 5,000,000-row 法人番号 file never has to sit in
// memory whole. Handles what the NTA files (and RFC 4180) allow: quoted fields holding commas, CR LF or LF line
// ends, "" for a quote inside quotes, and a quoted field running over a line end.
//
// Lenient where CSV writers disagree: a quote inside an unquoted field is kept as text, text after a closing quote
// is appended, and empty lines are skipped (the NTA files end with a CR LF, which would otherwise read as one more
// record). A quote left open until the end of the input, or a field longer than any real one, is an error: an
// unclosed quote would otherwise swallow the rest of the file into one field.

export type CsvSplitErrorCode = 'CSV_UNCLOSED_QUOTE' | 'CSV_FIELD_TOO_LONG';

export class CsvSplitError extends Error {
  readonly code: CsvSplitErrorCode;
  readonly line: number;

  constructor(code: CsvSplitErrorCode, line: number, message: string) {
    super(message);
    this.name = 'CsvSplitError';
    this.code = code;
    this.line = line;
  }
}

export interface CsvRecordSplitterOptions {
  // The longest field accepted, in UTF-16 code units. NTA fields stay well under 1,000.
  maxFieldLength?: number;
}

type State = 'fieldStart' | 'unquoted' | 'quoted' | 'quoteInQuoted';

const DEFAULT_MAX_FIELD_LENGTH = 100_000;
const BOM = '\uFEFF';
const QUOTE = 0x22;
const COMMA = 0x2c;
const CR = 0x0d;
const LF = 0x0a;

const endsField = (code: number): boolean => code === COMMA || code === CR || code === LF;

function countLineFeeds(text: string): number {
  let count = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) count += 1;
  return count;
}

export class CsvRecordSplitter {
  #state: State = 'fieldStart';
  #field = '';
  #fields: string[] = [];
  #atStart = true;
  // A CR ended the last record; an LF right after it belongs to the same line end, even across chunks.
  #skipLineFeed = false;
  // Physical line (1-based) the reader is on, and where the open quote began, for error messages.
  #line = 1;
  #quoteLine = 1;
  readonly #maxFieldLength: number;

  constructor(options: CsvRecordSplitterOptions = {}) {
    this.#maxFieldLength = options.maxFieldLength ?? DEFAULT_MAX_FIELD_LENGTH;
  }

  push(chunk: string): string[][] {
    const records: string[][] = [];
    let i = 0;
    if (this.#atStart && chunk.length > 0) {
      this.#atStart = false;
      if (chunk.startsWith(BOM)) i = 1;
    }
    const n = chunk.length;

    while (i < n) {
      if (this.#skipLineFeed) {
        this.#skipLineFeed = false;
        if (chunk.charCodeAt(i) === LF) {
          i += 1;
          continue;
        }
      }
      const code = chunk.charCodeAt(i);

      switch (this.#state) {
        case 'fieldStart':
          if (code === QUOTE) {
            this.#state = 'quoted';
            this.#quoteLine = this.#line;
            i += 1;
          } else if (code === COMMA) {
            this.#endField();
            i += 1;
          } else if (code === CR || code === LF) {
            // A line with nothing on it is skipped; "a," still ends with an empty field.
            if (this.#fields.length > 0) records.push(this.#endRecord());
            this.#endLine(code);
            i += 1;
          } else {
            this.#state = 'unquoted';
          }
          break;

        case 'unquoted': {
          let end = i;
          while (end < n && !endsField(chunk.charCodeAt(end))) end += 1;
          this.#append(chunk.slice(i, end));
          i = end;
          if (i < n) {
            const stop = chunk.charCodeAt(i);
            if (stop === COMMA) {
              this.#endField();
            } else {
              records.push(this.#endRecord());
              this.#endLine(stop);
            }
            i += 1;
          }
          break;
        }

        case 'quoted': {
          const close = chunk.indexOf('"', i);
          const end = close === -1 ? n : close;
          const text = chunk.slice(i, end);
          this.#line += countLineFeeds(text);
          this.#append(text);
          i = end;
          if (close !== -1) {
            this.#state = 'quoteInQuoted';
            i += 1;
          }
          break;
        }

        case 'quoteInQuoted':
          if (code === QUOTE) {
            this.#append('"');
            this.#state = 'quoted';
          } else if (code === COMMA) {
            this.#endField();
          } else if (code === CR || code === LF) {
            records.push(this.#endRecord());
            this.#endLine(code);
          } else {
            // "ab"c: keep reading as plain text rather than lose the rest of the record.
            this.#state = 'unquoted';
            break;
          }
          i += 1;
          break;
      }
    }
    return records;
  }

  end(): string[][] {
    if (this.#state === 'quoted') {
      const line = this.#quoteLine;
      this.#reset();
      throw new CsvSplitError(
        'CSV_UNCLOSED_QUOTE',
        line,
        `${line}行目: 引用符（"）が閉じられないままファイルが終わっています。ファイルが途中で切れていないか確認し、ダウンロードし直してください。`,
      );
    }
    const pending = this.#state !== 'fieldStart' || this.#fields.length > 0;
    const records = pending ? [this.#endRecord()] : [];
    this.#reset();
    return records;
  }

  #append(text: string): void {
    this.#field += text;
    if (this.#field.length > this.#maxFieldLength) {
      const line = this.#state === 'quoted' ? this.#quoteLine : this.#line;
      throw new CsvSplitError(
        'CSV_FIELD_TOO_LONG',
        line,
        `${line}行目: 1つの項目が${this.#maxFieldLength}文字を超えています。引用符（"）の閉じ忘れがないか、CSVファイルかどうかを確認してください。`,
      );
    }
  }

  #endField(): void {
    this.#fields.push(this.#field);
    this.#field = '';
    this.#state = 'fieldStart';
  }

  #endRecord(): string[] {
    this.#fields.push(this.#field);
    const record = this.#fields;
    this.#fields = [];
    this.#field = '';
    this.#state = 'fieldStart';
    return record;
  }

  #endLine(code: number): void {
    this.#line += 1;
    this.#skipLineFeed = code === CR;
  }

  #reset(): void {
    this.#state = 'fieldStart';
    this.#field = '';
    this.#fields = [];
    this.#atStart = true;
    this.#skipLineFeed = false;
    this.#line = 1;
    this.#quoteLine = 1;
  }
}

// For text already in memory (tests, small uploads).
export function splitCsvRecords(text: string, options: CsvRecordSplitterOptions = {}): string[][] {
  const splitter = new CsvRecordSplitter(options);
  return [...splitter.push(text), ...splitter.end()];
}
