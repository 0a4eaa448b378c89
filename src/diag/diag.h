// diag: the diagnostic sink. Errors and warnings are collected from any thread, sorted
// deterministically (by path, byte offset, severity, then message text, so thread timing
// never shows) and printed as
//
//     path:line:col: error: message
//        12 |   const x = foo(1 }
//           |                   ^
//
// Positions are byte offsets into the file's text; line and column (1-based, columns in code
// points) are computed when the diagnostic is reported, from the text the caller passes, and
// only the lines of the code frame are copied, so nothing keeps the source alive. Very long
// lines (minified code) are cut to a window around the column. Colour is the caller's choice.
// The sink owns its memory (charged to MEM_DIAG). Thread-safe. Module prefix: diag_.
#ifndef BALE_DIAG_DIAG_H
#define BALE_DIAG_DIAG_H

#include <stdio.h>

#include "base/base.h"
#include "base/mem.h"
#include "base/str.h"

typedef enum DiagSeverity {
    DIAG_ERROR,
    DIAG_WARNING,
    DIAG_NOTE, // only as an attachment to another diagnostic
} DiagSeverity;

// Where a diagnostic points: a file's display path and its text (text may be empty when the
// file could not be read; then no frame is printed and the position is omitted).
typedef struct DiagFile {
    Str path;
    Str text;
} DiagFile;

typedef struct DiagSink DiagSink;

// error_limit: at most this many errors are kept, the ones that sort first (so which errors are
// shown never depends on thread timing); the others are only counted. 0: no limit. Warnings
// are never dropped.
DiagSink *diag_create(Mem *mem, uint32_t error_limit);
void diag_destroy(DiagSink *d);
// Warnings are still counted but diag_print leaves them out (--log-level=error).
void diag_hide_warnings(DiagSink *d);

// Reports a diagnostic at [offset, offset + len) of file (NULL file: no location, printed as
// "error: message"). The message, path and source line are made safe for a terminal (controls
// and invalid UTF-8 become U+FFFD). Returns a handle for diag_note, or ID_NONE when the error
// was not kept over the limit.
uint32_t diag_report(DiagSink *d, DiagSeverity severity, const DiagFile *file, uint32_t offset,
                     uint32_t len, const char *fmt, ...) PRINTF(6, 7);
// Attaches a note (with its own location, or none) to the diagnostic `handle`. Notes print
// after their diagnostic in attach order; a note on a dropped diagnostic (ID_NONE, or one
// displaced over the limit) is dropped too.
void diag_note(DiagSink *d, uint32_t handle, const DiagFile *file, uint32_t offset, uint32_t len,
               const char *fmt, ...) PRINTF(6, 7);

// Reports that a file could not be read or written: `could not <verb> "path": <reason>`, the
// reason being strerror(err) with a lower-case first letter ("no such file or directory").
void diag_report_io(DiagSink *d, const char *verb, Str path, int err);

uint32_t diag_error_count(const DiagSink *d);
uint32_t diag_warning_count(const DiagSink *d);

// Sorts and prints everything reported so far to out, with ANSI colour when color is set.
// Then prints "N errors" when more than one error was reported, or "N errors (K not shown)"
// when K were dropped over the limit. Call once the workers are idle.
void diag_print(DiagSink *d, FILE *out, bool color);

#endif
