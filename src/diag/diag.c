// diag: the diagnostic sink and its code-frame printer (see diag.h).
//
// Everything that depends on the source text is done at report time, on the reporting thread
// and outside the lock: the message is formatted, line and column are computed, and the frame
// is rendered into two display strings (the source line and the marker line under it). Each
// diagnostic is then one heap block through mem (MEM_DIAG) holding its fields and those strings,
// so the sink never keeps a source file alive. The lock guards only the lists and counters.
//
// Positions. Lines end at \n, \r\n, \r, U+2028 and U+2029 (ECMA-262 §12.3). Columns are 1-based
// code points: a UTF-8 sequence is one column, and each byte that is not part of a valid sequence
// is one column of its own. An offset inside a character points at that character.
//
// Frames. The gutter is one space, the line number right-aligned in GUTTER_DIGITS columns (more
// when it has more digits), then " | ". The marker line has a blank gutter of the same width,
// "^" under the first character of the range and "~" under the rest of it on that line. Tabs are
// kept and reproduced in the marker so the caret lines up; wide characters (CJK, emoji) get two
// marker cells and combining marks none. Characters that could upset a terminal (controls, bidi
// overrides, invalid UTF-8) are shown as U+FFFD. A line longer than FRAME_COLS code points is cut
// to a window of FRAME_COLS around the caret, with "..." at each cut end.
//
// Determinism. Printing sorts by (path, offset, severity, message, report order). With an error
// limit, the sink keeps the errors that sort first rather than the first to arrive, so which
// errors are shown does not depend on thread timing either.
#include "diag/diag.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/sync.h"
#include "base/vec.h"

enum {
    FRAME_COLS = 120,       // longest line shown whole, and the width of a window
    FRAME_COLS_BEFORE = 40, // code points a window shows before the caret when it can
    GUTTER_DIGITS = 4,      // minimum width of the line number
    CP_INVALID = 0x110000,  // decode result for a byte that starts no valid sequence
    CP_REPLACEMENT = 0xFFFD,
};

#define ANSI_RESET   "\x1b[0m"
#define ANSI_BOLD    "\x1b[1m"
#define ANSI_RED     "\x1b[1;31m"
#define ANSI_MAGENTA "\x1b[1;35m"
#define ANSI_CYAN    "\x1b[1;36m"
#define ANSI_GREEN   "\x1b[1;32m"

typedef struct DiagEntry DiagEntry;

// One diagnostic or note. Lives in: its own mem block (MEM_DIAG), freed by diag_destroy or when
// a better-sorting error evicts it over the limit.
struct DiagEntry {
    DiagSeverity severity;
    uint32_t handle;    // report order of a kept diagnostic (last sort key); unused by notes
    bool has_file;      // false: printed as "error: message"
    bool has_position;  // false when the file's text is empty: "path: error: message"
    uint32_t offset;    // byte offset clamped to the text; sort key
    uint32_t line;      // 1-based
    uint32_t column;    // 1-based, in code points
    DiagEntry *notes;   // first attached note, in attach order
    DiagEntry *last;    // last attached note, for appending
    DiagEntry *next;    // next note of the same parent
    uint32_t path_len;  // text[0, path_len): display path
    uint32_t msg_len;   // then the message
    uint32_t frame_len; // then the frame's source line (display form)
    uint32_t mark_len;  // then the marker line ("^~~")
    char text[];
};

struct DiagSink {
    Mem *mem;
    uint32_t error_limit;         // 0: keep every error
    Mutex lock;                   // guards everything below
    VEC(DiagEntry *) by_handle;   // kept diagnostics by handle; NULL once evicted
    VEC(DiagEntry *) kept_errors; // errors held while there is a limit (at most error_limit)
    uint32_t worst;               // index in kept_errors of the error that sorts last
    uint32_t error_count;         // every error reported, kept or not
    uint32_t warning_count;
    uint32_t dropped; // errors counted but not kept
    bool hide_warnings;
};

// ---- UTF-8 and display ----------------------------------------------------------------------

// Decodes one character of s (len > 0) into *cp and returns its length in bytes. Overlong forms,
// surrogates, values past U+10FFFF and truncated sequences give CP_INVALID and length 1, so
// every invalid byte is a column of its own and decoding resynchronises on the next byte.
static size_t utf8_decode(const uint8_t *s, size_t len, uint32_t *cp) {
    uint8_t b = s[0];
    *cp = CP_INVALID;
    if (b < 0x80) {
        *cp = b;
        return 1;
    }
    size_t n = b >= 0xC2 && b <= 0xDF   ? 2
               : b >= 0xE0 && b <= 0xEF ? 3
               : b >= 0xF0 && b <= 0xF4 ? 4
                                        : 0;
    if (n == 0 || n > len)
        return 1;
    uint32_t v = b & (0x7F >> n);
    for (size_t i = 1; i < n; i++) {
        if ((s[i] & 0xC0) != 0x80)
            return 1;
        v = (v << 6) | (s[i] & 0x3F);
    }
    static const uint32_t min_for_len[5] = { 0, 0, 0x80, 0x800, 0x10000 };
    if (v < min_for_len[n] || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
        return 1;
    *cp = v;
    return n;
}

typedef struct CodeRange {
    uint32_t lo, hi;
} CodeRange;

// East Asian wide and emoji blocks: two terminal cells. An approximation of wcwidth() that
// does not depend on the locale; it only moves carets, never columns.
static const CodeRange wide_ranges[] = {
    { 0x1100, 0x115F },   { 0x2E80, 0x303E },   { 0x3041, 0x33FF },   { 0x3400, 0x4DBF },
    { 0x4E00, 0x9FFF },   { 0xA000, 0xA4CF },   { 0xAC00, 0xD7A3 },   { 0xF900, 0xFAFF },
    { 0xFE30, 0xFE4F },   { 0xFF00, 0xFF60 },   { 0xFFE0, 0xFFE6 },   { 0x1F300, 0x1F64F },
    { 0x1F680, 0x1F6FF }, { 0x1F900, 0x1F9FF }, { 0x1FA70, 0x1FAFF }, { 0x20000, 0x3FFFD },
};

// Combining marks, zero-width joiners, variation selectors and the BOM: no cell of their own.
static const CodeRange zero_width_ranges[] = {
    { 0x0300, 0x036F }, { 0x200B, 0x200D }, { 0x20D0, 0x20FF },   { 0xFE00, 0xFE0F },
    { 0xFE20, 0xFE2F }, { 0xFEFF, 0xFEFF }, { 0xE0100, 0xE01EF },
};

// Characters a terminal could act on (C0/C1 controls, DEL) or that reorder the text around
// them (bidi marks, embeddings, overrides and isolates): never printed as they are.
static const CodeRange unsafe_ranges[] = {
    { 0x00, 0x1F },     { 0x7F, 0x9F },     { 0x061C, 0x061C },
    { 0x200E, 0x200F }, { 0x202A, 0x202E }, { 0x2066, 0x2069 },
};

static bool in_ranges(const CodeRange *r, size_t n, uint32_t cp) {
    for (size_t i = 0; i < n; i++) {
        if (cp >= r[i].lo && cp <= r[i].hi)
            return true;
    }
    return false;
}

// Terminal cells taken by cp once made safe (invalid and unsafe characters show as one U+FFFD).
static uint32_t display_width(uint32_t cp) {
    if (in_ranges(zero_width_ranges, countof(zero_width_ranges), cp))
        return 0;
    return in_ranges(wide_ranges, countof(wide_ranges), cp) ? 2 : 1;
}

// Appends the character (bytes s[0, n), decoded as cp) in a form safe for a terminal. Tab stays
// (frames keep it for alignment); newline stays only when keep_newline; vertical tab and form
// feed, which JavaScript treats as spaces, become spaces.
static void append_safe_char(StrBuf *b, const char *s, size_t n, uint32_t cp, bool keep_newline) {
    if (cp == '\t' || (cp == '\n' && keep_newline)) {
        strbuf_append_char(b, (char)cp);
    } else if (cp == '\v' || cp == '\f') {
        strbuf_append_char(b, ' ');
    } else if (cp == CP_INVALID || in_ranges(unsafe_ranges, countof(unsafe_ranges), cp)) {
        strbuf_append_cstr(b, "\xEF\xBF\xBD"); // U+FFFD
    } else {
        strbuf_append_bytes(b, s, n);
    }
}

// Appends s made safe for a terminal (paths and messages may carry user bytes).
static void append_safe(StrBuf *b, Str s, bool keep_newline) {
    const uint8_t *u = (const uint8_t *)s.ptr;
    for (size_t i = 0; i < s.len;) {
        uint32_t cp;
        size_t n = utf8_decode(u + i, s.len - i, &cp);
        append_safe_char(b, s.ptr + i, n, cp, keep_newline);
        i += n;
    }
}

// ---- Positions ------------------------------------------------------------------------------

// Length of the line terminator starting at byte i of text, or 0.
static size_t terminator_len(Str text, size_t i) {
    const uint8_t *s = (const uint8_t *)text.ptr;
    if (s[i] == '\n')
        return 1;
    if (s[i] == '\r')
        return i + 1 < text.len && s[i + 1] == '\n' ? 2 : 1;
    if (s[i] == 0xE2 && i + 2 < text.len && s[i + 1] == 0x80 && (s[i + 2] & 0xFE) == 0xA8)
        return 3; // U+2028, U+2029
    return 0;
}

// Where an offset falls. Lives in: the reporting function's frame.
typedef struct TextPos {
    size_t line_start; // first byte of the line
    size_t caret;      // first byte of the character holding the offset
    uint32_t line;     // 1-based
    uint32_t column;   // 0-based, code points from line_start to caret
} TextPos;

// Finds line and column of offset (<= text.len). An offset inside a line terminator (between
// \r and \n) belongs to the end of the line the terminator ends. Linear in offset, with a fast
// path for the bytes that cannot start a terminator or a multi-byte character: minified files
// are megabytes on one line.
static TextPos text_locate(Str text, size_t offset) {
    const uint8_t *s = (const uint8_t *)text.ptr;
    TextPos pos = { .line = 1 };
    for (size_t i = 0; i < offset;) {
        if (s[i] != '\n' && s[i] != '\r' && s[i] != 0xE2) {
            i++;
            continue;
        }
        size_t n = terminator_len(text, i);
        if (n == 0) {
            i++;
            continue;
        }
        if (i + n > offset)
            break;
        i += n;
        pos.line++;
        pos.line_start = i;
    }
    size_t i = pos.line_start;
    while (i < offset) {
        if (s[i] < 0x80 && s[i] != '\n' && s[i] != '\r') {
            i++;
            pos.column++;
            continue;
        }
        uint32_t cp;
        size_t n = utf8_decode(s + i, text.len - i, &cp);
        if (terminator_len(text, i) != 0 || i + n > offset)
            break; // at the line's end, or the offset is inside this character: point at it
        i += n;
        pos.column++;
    }
    pos.caret = i;
    return pos;
}

// Moves from byte `from` over at most n characters of the same line; stores how many it moved
// over in *moved and returns the byte reached.
static size_t skip_columns(Str text, size_t from, uint32_t n, uint32_t *moved) {
    const uint8_t *s = (const uint8_t *)text.ptr;
    uint32_t k = 0;
    for (; k < n && from < text.len; k++) {
        if (s[from] < 0x80 && s[from] != '\n' && s[from] != '\r') {
            from++; // ASCII fast path, as in text_locate
            continue;
        }
        if (terminator_len(text, from) != 0)
            break;
        uint32_t cp;
        from += utf8_decode(s + from, text.len - from, &cp);
    }
    *moved = k;
    return from;
}

// ---- Frames ---------------------------------------------------------------------------------

// The part of a line a frame shows, in code points from the line start.
typedef struct FrameWindow {
    uint32_t start; // first column shown
    uint32_t end;   // one past the last column shown
    bool cut_left;  // "..." before
    bool cut_right; // "..." after
} FrameWindow;

// Chooses the window: the whole line when it fits in FRAME_COLS, otherwise FRAME_COLS code
// points starting FRAME_COLS_BEFORE before the caret, shifted left when the line ends sooner.
static FrameWindow frame_window(Str text, TextPos pos) {
    uint32_t after;
    skip_columns(text, pos.caret, FRAME_COLS + 1, &after);
    bool line_ends = after <= FRAME_COLS; // else the line goes on past caret + FRAME_COLS
    uint64_t line_cols = (uint64_t)pos.column + after;
    if (line_ends && line_cols <= FRAME_COLS)
        return (FrameWindow){ .start = 0, .end = (uint32_t)line_cols };
    FrameWindow w;
    w.start = pos.column > FRAME_COLS_BEFORE ? pos.column - FRAME_COLS_BEFORE : 0;
    w.end = w.start + FRAME_COLS;
    if (line_ends && w.end > line_cols) {
        w.end = (uint32_t)line_cols;
        w.start = w.end - FRAME_COLS;
    }
    w.cut_left = w.start > 0;
    w.cut_right = !line_ends || w.end < line_cols;
    return w;
}

// Appends n marker cells of c.
static void append_cells(StrBuf *b, char c, uint32_t n) {
    for (uint32_t i = 0; i < n; i++)
        strbuf_append_char(b, c);
}

// Appends the marker cells for one shown character at column col: padding before the caret
// (a tab where the line has one), "^" at it, "~" across the rest of the range.
static void mark_char(StrBuf *mark, TextPos pos, size_t range_end, size_t at, uint32_t col,
                      uint32_t cp) {
    uint32_t width = cp == CP_INVALID ? 1 : display_width(cp);
    if (col < pos.column) {
        if (cp == '\t')
            strbuf_append_char(mark, '\t');
        else
            append_cells(mark, ' ', width);
    } else if (col == pos.column) {
        strbuf_append_char(mark, '^');
        append_cells(mark, '~', width > 1 ? width - 1 : 0);
    } else if (at < range_end) {
        append_cells(mark, '~', cp == '\t' ? 1 : width);
    }
}

// Renders the frame of the range [offset, range_end) into line (the source line as shown)
// and mark (the marker line), neither with a line terminator.
static void frame_render(StrBuf *line, StrBuf *mark, Str text, TextPos pos, size_t range_end) {
    FrameWindow w = frame_window(text, pos);
    uint32_t moved;
    size_t at = skip_columns(text, pos.line_start, w.start, &moved);
    if (w.cut_left) {
        strbuf_append_cstr(line, "...");
        strbuf_append_cstr(mark, "   ");
    }
    for (uint32_t col = w.start; col < w.end; col++) {
        uint32_t cp;
        size_t n = utf8_decode((const uint8_t *)text.ptr + at, text.len - at, &cp);
        append_safe_char(line, text.ptr + at, n, cp, false);
        mark_char(mark, pos, range_end, at, col, cp);
        at += n;
    }
    if (pos.column == w.end)
        strbuf_append_char(mark, '^'); // at the end of the line (or of the file)
    if (w.cut_right)
        strbuf_append_cstr(line, "...");
}

// ---- Building entries -----------------------------------------------------------------------

// Formats and locates a diagnostic into a new entry; touches no sink state, so it runs outside
// the lock. The entry's handle is set later.
static DiagEntry *entry_build(Mem *mem, DiagSeverity severity, const DiagFile *file,
                              uint32_t offset, uint32_t len, const char *fmt, va_list ap) {
    StrBuf raw, path, msg, line, mark;
    strbuf_init(&raw, mem, MEM_DIAG);
    strbuf_init(&path, mem, MEM_DIAG);
    strbuf_init(&msg, mem, MEM_DIAG);
    strbuf_init(&line, mem, MEM_DIAG);
    strbuf_init(&mark, mem, MEM_DIAG);
    strbuf_vprintf(&raw, fmt, ap);
    append_safe(&msg, strbuf_str(&raw), true);

    DiagEntry head = { .severity = severity, .has_file = file != NULL };
    if (file) {
        append_safe(&path, file->path, false);
        size_t at = MIN((size_t)offset, file->text.len);
        head.offset = (uint32_t)at;
        head.has_position = file->text.len > 0;
        if (head.has_position) {
            TextPos pos = text_locate(file->text, at);
            head.line = pos.line;
            head.column = pos.column + 1;
            frame_render(&line, &mark, file->text, pos, MIN(at + len, file->text.len));
        }
    }
    head.path_len = (uint32_t)path.len;
    head.msg_len = (uint32_t)msg.len;
    head.frame_len = (uint32_t)line.len;
    head.mark_len = (uint32_t)mark.len;

    size_t size = path.len + msg.len + line.len + mark.len;
    DiagEntry *e = mem_alloc(mem, MEM_DIAG, sizeof(DiagEntry) + size);
    *e = head;
    char *p = e->text;
    const StrBuf *parts[] = { &path, &msg, &line, &mark };
    for (size_t i = 0; i < countof(parts); i++) {
        if (parts[i]->len)
            memcpy(p, parts[i]->data, parts[i]->len);
        p += parts[i]->len;
    }
    strbuf_deinit(&raw);
    strbuf_deinit(&path);
    strbuf_deinit(&msg);
    strbuf_deinit(&line);
    strbuf_deinit(&mark);
    return e;
}

static Str entry_path(const DiagEntry *e) {
    return (Str){ e->text, e->path_len };
}

static Str entry_message(const DiagEntry *e) {
    return (Str){ e->text + e->path_len, e->msg_len };
}

static Str entry_frame(const DiagEntry *e) {
    return (Str){ e->text + e->path_len + e->msg_len, e->frame_len };
}

static Str entry_marker(const DiagEntry *e) {
    return (Str){ e->text + e->path_len + e->msg_len + e->frame_len, e->mark_len };
}

static void entry_free(Mem *mem, DiagEntry *e) {
    for (DiagEntry *n = e->notes; n;) {
        DiagEntry *next = n->next;
        mem_free(mem, n);
        n = next;
    }
    mem_free(mem, e);
}

// The print order: no-file diagnostics first, then path (bytes), offset, severity, message,
// and report order, which only separates otherwise identical diagnostics.
static int entry_cmp(const DiagEntry *a, const DiagEntry *b) {
    if (a->has_file != b->has_file)
        return a->has_file ? 1 : -1;
    int c = str_cmp(entry_path(a), entry_path(b));
    if (c != 0)
        return c;
    if (a->offset != b->offset)
        return a->offset < b->offset ? -1 : 1;
    if (a->severity != b->severity)
        return a->severity < b->severity ? -1 : 1;
    c = str_cmp(entry_message(a), entry_message(b));
    if (c != 0)
        return c;
    return (a->handle > b->handle) - (a->handle < b->handle);
}

static int entry_qsort_cmp(const void *a, const void *b) {
    return entry_cmp(*(DiagEntry *const *)a, *(DiagEntry *const *)b);
}

// ---- The sink -------------------------------------------------------------------------------

DiagSink *diag_create(Mem *mem, uint32_t error_limit) {
    DiagSink *d = mem_calloc(mem, MEM_DIAG, sizeof(DiagSink));
    d->mem = mem;
    d->error_limit = error_limit;
    mutex_init(&d->lock);
    return d;
}

void diag_hide_warnings(DiagSink *d) {
    mutex_lock(&d->lock);
    d->hide_warnings = true;
    mutex_unlock(&d->lock);
}

void diag_destroy(DiagSink *d) {
    for (uint32_t i = 0; i < d->by_handle.len; i++) {
        if (d->by_handle.items[i])
            entry_free(d->mem, d->by_handle.items[i]);
    }
    vec_free_heap(d->mem, &d->by_handle);
    vec_free_heap(d->mem, &d->kept_errors);
    mutex_deinit(&d->lock);
    mem_free(d->mem, d);
}

// Rescans the kept errors for the one that sorts last. Caller holds lock.
static void find_worst(DiagSink *d) {
    d->worst = 0;
    for (uint32_t i = 1; i < d->kept_errors.len; i++) {
        if (entry_cmp(d->kept_errors.items[i], d->kept_errors.items[d->worst]) > 0)
            d->worst = i;
    }
}

// Decides whether a new error (its handle already set) is kept under the limit. Keeping the
// errors that sort first, not the first to arrive, makes the shown set independent of timing.
// Returns the entry to free: e itself when it is not kept, an evicted error, or NULL.
// Caller holds lock.
static DiagEntry *limit_error(DiagSink *d, DiagEntry *e) {
    if (d->kept_errors.len < d->error_limit) {
        vec_push_heap(d->mem, MEM_DIAG, &d->kept_errors, e);
        if (entry_cmp(e, d->kept_errors.items[d->worst]) > 0)
            d->worst = d->kept_errors.len - 1;
        return NULL;
    }
    d->dropped++;
    DiagEntry *worst = d->kept_errors.items[d->worst];
    if (entry_cmp(e, worst) > 0)
        return e;
    d->by_handle.items[worst->handle] = NULL; // later notes on it are dropped too
    d->kept_errors.items[d->worst] = e;
    find_worst(d);
    return worst;
}

uint32_t diag_report(DiagSink *d, DiagSeverity severity, const DiagFile *file, uint32_t offset,
                     uint32_t len, const char *fmt, ...) {
    ASSERT(severity != DIAG_NOTE); // notes attach to a diagnostic through diag_note
    va_list ap;
    va_start(ap, fmt);
    DiagEntry *e = entry_build(d->mem, severity, file, offset, len, fmt, ap);
    va_end(ap);

    mutex_lock(&d->lock);
    ASSERT(d->by_handle.len < ID_NONE);
    e->handle = d->by_handle.len;
    DiagEntry *discard = NULL;
    if (severity == DIAG_ERROR) {
        d->error_count++;
        if (d->error_limit)
            discard = limit_error(d, e);
    } else {
        d->warning_count++;
    }
    uint32_t handle = ID_NONE;
    if (discard != e) {
        vec_push_heap(d->mem, MEM_DIAG, &d->by_handle, e);
        handle = e->handle;
    }
    mutex_unlock(&d->lock);
    if (discard)
        entry_free(d->mem, discard);
    return handle;
}

void diag_note(DiagSink *d, uint32_t handle, const DiagFile *file, uint32_t offset, uint32_t len,
               const char *fmt, ...) {
    if (handle == ID_NONE)
        return; // the parent was dropped over the error limit
    va_list ap;
    va_start(ap, fmt);
    DiagEntry *note = entry_build(d->mem, DIAG_NOTE, file, offset, len, fmt, ap);
    va_end(ap);

    mutex_lock(&d->lock);
    ASSERT(handle < d->by_handle.len);
    DiagEntry *parent = d->by_handle.items[handle];
    if (parent) {
        if (parent->last)
            parent->last->next = note;
        else
            parent->notes = note;
        parent->last = note;
        note = NULL;
    }
    mutex_unlock(&d->lock);
    if (note)
        mem_free(d->mem, note); // the parent was evicted by a better-sorting error
}

void diag_report_io(DiagSink *d, const char *verb, Str path, int err) {
    char reason[128];
    snprintf(reason, sizeof reason, "%s", strerror(err));
    reason[0] = (char)tolower((unsigned char)reason[0]);
    diag_report(d, DIAG_ERROR, NULL, 0, 0, "could not %s \"%.*s\": %s", verb, STR_FMT(path),
                reason);
}

uint32_t diag_error_count(const DiagSink *d) {
    DiagSink *sink = (DiagSink *)d; // the lock is not part of the observable state
    mutex_lock(&sink->lock);
    uint32_t n = sink->error_count;
    mutex_unlock(&sink->lock);
    return n;
}

uint32_t diag_warning_count(const DiagSink *d) {
    DiagSink *sink = (DiagSink *)d;
    mutex_lock(&sink->lock);
    uint32_t n = sink->warning_count;
    mutex_unlock(&sink->lock);
    return n;
}

// ---- Printing -------------------------------------------------------------------------------

static void put_str(FILE *out, Str s) {
    fwrite(s.ptr, 1, s.len, out);
}

// Starts a coloured span when colour is on.
static void put_color(FILE *out, bool color, const char *escape) {
    if (color)
        fputs(escape, out);
}

static uint32_t decimal_digits(uint32_t v) {
    uint32_t n = 1;
    while (v >= 10) {
        v /= 10;
        n++;
    }
    return n;
}

// "path:line:col: error: message", or the shorter forms without a position or a file.
static void print_header(FILE *out, const DiagEntry *e, bool color, const char *indent) {
    static const char *const names[] = { "error:", "warning:", "note:" };
    static const char *const colors[] = { ANSI_RED, ANSI_MAGENTA, ANSI_CYAN };
    fputs(indent, out);
    if (e->has_file) {
        put_color(out, color, ANSI_BOLD);
        put_str(out, entry_path(e));
        if (e->has_position)
            fprintf(out, ":%u:%u", e->line, e->column);
        fputc(':', out);
        put_color(out, color, ANSI_RESET);
        fputc(' ', out);
    }
    put_color(out, color, colors[e->severity]);
    fputs(names[e->severity], out);
    put_color(out, color, ANSI_RESET);
    fputc(' ', out);
    put_str(out, entry_message(e));
    fputc('\n', out);
}

// The two frame lines under a header; see the gutter rule at the top of the file.
static void print_frame(FILE *out, const DiagEntry *e, bool color, const char *indent) {
    int width = (int)MAX(GUTTER_DIGITS, decimal_digits(e->line));
    fprintf(out, "%s %*u |", indent, width, e->line);
    if (e->frame_len) {
        fputc(' ', out);
        put_str(out, entry_frame(e));
    }
    fprintf(out, "\n%s %*s | ", indent, width, "");
    put_color(out, color, ANSI_GREEN);
    put_str(out, entry_marker(e));
    put_color(out, color, ANSI_RESET);
    fputc('\n', out);
}

static void print_entry(FILE *out, const DiagEntry *e, bool color, const char *indent) {
    print_header(out, e, color, indent);
    if (e->has_position)
        print_frame(out, e, color, indent);
}

// "N errors" when more than one error was reported, "(K not shown)" when some were dropped.
static void print_summary(FILE *out, const DiagSink *d) {
    if (d->dropped)
        fprintf(out, "%u errors (%u not shown)\n", d->error_count, d->dropped);
    else if (d->error_count > 1)
        fprintf(out, "%u errors\n", d->error_count);
}

void diag_print(DiagSink *d, FILE *out, bool color) {
    mutex_lock(&d->lock);
    uint32_t n = 0;
    DiagEntry **sorted =
            mem_alloc(d->mem, MEM_DIAG, sizeof(DiagEntry *) * MAX(d->by_handle.len, 1));
    for (uint32_t i = 0; i < d->by_handle.len; i++) {
        if (d->by_handle.items[i])
            sorted[n++] = d->by_handle.items[i];
    }
    qsort(sorted, n, sizeof(DiagEntry *), entry_qsort_cmp);
    for (uint32_t i = 0; i < n; i++) {
        if (d->hide_warnings && sorted[i]->severity == DIAG_WARNING)
            continue;
        print_entry(out, sorted[i], color, "");
        for (const DiagEntry *note = sorted[i]->notes; note; note = note->next)
            print_entry(out, note, color, "  ");
    }
    print_summary(out, d);
    mem_free(d->mem, sorted);
    mutex_unlock(&d->lock);
}
