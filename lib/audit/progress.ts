// The audit's progress bar: one line on stderr, redrawn in place while files are linted (files done / total and
// the current file) and cleared at the end, so that what the command prints stays clean. Only on a terminal: a pipe,
// a file or `--quiet` gets nothing. Drawn with Node's own tty helpers (readline's cursorTo and clearLine). A process
// warning printed meanwhile starts on a cleared line.
import { clearLine, cursorTo } from 'node:readline';

/** The stream the bar is drawn on: what it needs of a `tty.WriteStream`. */
export interface ProgressStream {
  readonly isTTY?: boolean;
  readonly columns?: number;
  write(text: string): boolean;
}

export interface ProgressOptions {
  /** Where to draw: stderr unless told otherwise. */
  readonly stream?: ProgressStream;
  /** `--quiet`: never draw. */
  readonly quiet?: boolean;
  /** `--progress` (true) or `--no-progress` (false); null: draw when the stream is a terminal. */
  readonly enabled?: boolean | null;
  /** The least time between two frames, in milliseconds (the last frame before the end is always drawn). */
  readonly intervalMs?: number;
  /** The clock, for the interval. */
  readonly now?: () => number;
  /** Where warnings are emitted (`process`): the line is cleared before one is printed. */
  readonly warnings?: WarningSource;
}

/** What the bar needs of `process` to hear of a warning before Node's own listener prints it. */
export interface WarningSource {
  prependListener(event: 'warning', listener: () => void): unknown;
  removeListener(event: 'warning', listener: () => void): unknown;
}

export interface Progress {
  /** Whether frames are drawn at all. */
  readonly active: boolean;
  /** Starts a run of `total` files (null: a count not known beforehand, drawn without a bar). */
  start(total: number | null): void;
  /** `files` files are being linted now, `file` first: the ones before them are done. */
  tick(file: string, files?: number): void;
  /** `files` more files are done, without a frame: the next one shows them. */
  advance(files: number): void;
  /** One frame of plain text, without a count (a run whose files are linted in one call). */
  say(text: string): void;
  /** Every file is done: the line is cleared. */
  finish(): void;
}

const BAR_WIDTH = 20;
/** The width assumed when the terminal does not say (a pseudo-terminal may report 0 columns). */
const DEFAULT_COLUMNS = 80;

/** `[#######-------------] 7/20`: the bar and the count of files done; `7 files` when the total is not known. */
function barOf(done: number, total: number | null): string {
  if (total == null) return `${done} ${done === 1 ? 'file' : 'files'}`;
  const filled = total === 0 ? BAR_WIDTH : Math.round((done / total) * BAR_WIDTH);
  return `[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${done}/${total}`;
}

/** The frame's text, cut to the terminal's width: a long file name loses its start, which is least telling. */
export function frameText(done: number, total: number | null, file: string, columns: number): string {
  const head = barOf(done, total);
  const room = columns - 1 - head.length - 1;
  if (room <= 1) return head.slice(0, Math.max(columns - 1, 0));
  const name = file.length <= room ? file : `…${file.slice(file.length - room + 1)}`;
  return `${head} ${name}`;
}

/** A progress bar for the run; inactive (every call does nothing) off a terminal, with `--quiet` or `--no-progress`. */
export function createProgress(options: ProgressOptions = {}): Progress {
  const stream = options.stream ?? process.stderr;
  const active = options.quiet !== true && (options.enabled ?? stream.isTTY === true);
  const intervalMs = options.intervalMs ?? 100;
  const now = options.now ?? Date.now;
  const warnings = options.warnings ?? process;
  let total: number | null = null;
  let done = 0;
  let drawnAt: number | null = null;
  let drawn = false;
  let listening = false;

  const width = () => (stream.columns != null && stream.columns > 0 ? stream.columns : DEFAULT_COLUMNS);
  const clear = () => {
    // readline's helpers take a Writable; they only call write() on it.
    cursorTo(stream as NodeJS.WritableStream, 0);
    clearLine(stream as NodeJS.WritableStream, 0);
  };
  // A warning (ESLint's ESLintPoorConcurrencyWarning, say) goes to stderr too: Node's listener would print it after
  // the frame on the same line, so the line is cleared first (a prepended listener), and the frame is drawn again
  // below the warning once Node's listener has printed it (a microtask: after every listener of the event).
  let shown = '';
  const onWarning = () => {
    if (!drawn) return;
    clear();
    drawn = false;
    queueMicrotask(() => {
      if (listening && !drawn) show(shown);
    });
  };
  const show = (text: string) => {
    clear();
    stream.write(text);
    shown = text;
    drawn = true;
    if (listening) return;
    warnings.prependListener('warning', onWarning);
    listening = true;
  };
  const draw = (file: string, count: number) => {
    const time = now();
    const isLast = total != null && done + count >= total;
    if (drawnAt != null && time - drawnAt < intervalMs && !isLast) return;
    drawnAt = time;
    show(frameText(done, total, file, width()));
  };

  return {
    active,
    start(count) {
      total = count;
      done = 0;
    },
    tick(file, files = 1) {
      if (!active) return;
      draw(file, files);
      this.advance(files);
    },
    advance(files) {
      done = total == null ? done + files : Math.min(done + files, total);
    },
    say(text) {
      if (!active) return;
      show(text.slice(0, width() - 1));
    },
    finish() {
      if (listening) warnings.removeListener('warning', onWarning);
      listening = false;
      if (!active || !drawn) return;
      clear();
      drawn = false;
    },
  };
}
