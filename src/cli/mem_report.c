// mem_report: text and JSON memory reports (see mem_report.h).
//
// The text report mirrors the study's tables: the peak and its moment, then "by component",
// "by stage" and "block sizes" at the peak, each row with bytes and share of the peak.
#include "cli/mem_report.h"

#include <sys/resource.h>

// The OS's peak resident set size in bytes (Linux reports ru_maxrss in KiB).
static int64_t os_maxrss_bytes(void) {
    struct rusage ru;
    if (getrusage(RUSAGE_SELF, &ru) != 0)
        return 0;
    return (int64_t)ru.ru_maxrss * 1024;
}

static void print_size(FILE *out, int64_t bytes) {
    double b = (double)bytes;
    if (bytes >= 1024 * 1024)
        fprintf(out, "%9.2f MiB", b / (1024.0 * 1024.0));
    else if (bytes >= 1024)
        fprintf(out, "%9.2f KiB", b / 1024.0);
    else
        fprintf(out, "%9lld B  ", (long long)bytes);
}

static void print_row(FILE *out, const char *label, int64_t bytes, int64_t total) {
    fprintf(out, "  %-16s", label);
    print_size(out, bytes);
    fprintf(out, "  %5.1f %%\n", total > 0 ? 100.0 * (double)bytes / (double)total : 0.0);
}

static int64_t component_total(const MemSnapshot *s, MemComponent c) {
    int64_t sum = 0;
    for (uint32_t st = 0; st < MEM_STAGE_COUNT; st++)
        sum += s->by_cell[st][c];
    return sum;
}

static int64_t stage_total(const MemSnapshot *s, MemStage st) {
    int64_t sum = 0;
    for (uint32_t c = 0; c < MEM_COMPONENT_COUNT; c++)
        sum += s->by_cell[st][c];
    return sum;
}

// What each stage inherits from the ones before it: the heap by component when it began (the
// ast column of link and generate shows that no syntax tree outlives scan).
static void print_stage_starts(Mem *m, FILE *out) {
    MemSnapshot at[MEM_STAGE_COUNT];
    bool ran[MEM_STAGE_COUNT];
    bool any = false;
    for (uint32_t st = MEM_STAGE_SCAN; st < MEM_STAGE_COUNT; st++)
        any |= ran[st] = mem_stage_start(m, (MemStage)st, &at[st]);
    if (!any)
        return;
    fprintf(out, "\nheap when each stage began\n%-12s", "");
    for (uint32_t st = MEM_STAGE_SCAN; st < MEM_STAGE_COUNT; st++) {
        if (ran[st])
            fprintf(out, " %13s", mem_stage_name(st));
    }
    for (uint32_t c = 0; c < MEM_COMPONENT_COUNT; c++) {
        fprintf(out, "\n  %-10s", mem_component_name(c));
        for (uint32_t st = MEM_STAGE_SCAN; st < MEM_STAGE_COUNT; st++) {
            if (ran[st]) {
                fputc(' ', out);
                print_size(out, component_total(&at[st], c));
            }
        }
    }
    fputc('\n', out);
}

void mem_report_print_text(Mem *m, FILE *out) {
    MemSnapshot peak;
    mem_peak_snapshot(m, &peak);
    double total_ms = mem_elapsed_ms(m);
    fprintf(out, "bale memory report\n");
    fprintf(out, "  peak heap       ");
    print_size(out, peak.bytes);
    fprintf(out, "  at %.1f ms of %.1f ms (%.0f %%), during %s, %lld blocks\n", peak.ms, total_ms,
            total_ms > 0 ? 100.0 * peak.ms / total_ms : 0.0, mem_stage_name(peak.stage),
            (long long)peak.blocks);
    fprintf(out, "  heap at exit    ");
    print_size(out, mem_current(m));
    fprintf(out, "\n  OS maxrss       ");
    print_size(out, os_maxrss_bytes());
    fprintf(out, "  (ru_maxrss: heap plus code, stacks and allocator slack)\n");

    fprintf(out, "\nby component at peak\n");
    for (uint32_t c = 0; c < MEM_COMPONENT_COUNT; c++)
        print_row(out, mem_component_name(c), component_total(&peak, c), peak.bytes);
    fprintf(out, "\nby stage at peak (stage that allocated the bytes)\n");
    for (uint32_t st = 0; st < MEM_STAGE_COUNT; st++)
        print_row(out, mem_stage_name(st), stage_total(&peak, st), peak.bytes);
    fprintf(out, "\nblock sizes at peak\n");
    for (uint32_t k = 0; k < MEM_SIZE_CLASS_COUNT; k++)
        print_row(out, mem_size_class_name(k), peak.by_size_class[k], peak.bytes);
    print_stage_starts(m, out);
}

// "link": {"ast": 0, …}, … for every stage that ran.
static void print_stage_starts_json(Mem *m, FILE *out) {
    bool first = true;
    for (uint32_t st = MEM_STAGE_SCAN; st < MEM_STAGE_COUNT; st++) {
        MemSnapshot at;
        if (!mem_stage_start(m, (MemStage)st, &at))
            continue;
        fprintf(out, "%s\"%s\":{", first ? "" : ",", mem_stage_name(st));
        for (uint32_t c = 0; c < MEM_COMPONENT_COUNT; c++)
            fprintf(out, "%s\"%s\":%lld", c ? "," : "", mem_component_name(c),
                    (long long)component_total(&at, c));
        fputc('}', out);
        first = false;
    }
}

void mem_report_print_json(Mem *m, FILE *out) {
    MemSnapshot peak;
    mem_peak_snapshot(m, &peak);
    fprintf(out,
            "{\"version\":1,\"peak\":{\"bytes\":%lld,\"ms\":%.3f,\"stage\":\"%s\",\"blocks\":%lld",
            (long long)peak.bytes, peak.ms, mem_stage_name(peak.stage), (long long)peak.blocks);
    fprintf(out, ",\"by_component\":{");
    for (uint32_t c = 0; c < MEM_COMPONENT_COUNT; c++)
        fprintf(out, "%s\"%s\":%lld", c ? "," : "", mem_component_name(c),
                (long long)component_total(&peak, c));
    fprintf(out, "},\"by_stage\":{");
    for (uint32_t st = 0; st < MEM_STAGE_COUNT; st++)
        fprintf(out, "%s\"%s\":%lld", st ? "," : "", mem_stage_name(st),
                (long long)stage_total(&peak, st));
    fprintf(out, "},\"by_size_class\":[");
    for (uint32_t k = 0; k < MEM_SIZE_CLASS_COUNT; k++)
        fprintf(out, "%s{\"class\":\"%s\",\"bytes\":%lld}", k ? "," : "", mem_size_class_name(k),
                (long long)peak.by_size_class[k]);
    fprintf(out, "]},\"stage_start\":{");
    print_stage_starts_json(m, out);
    fprintf(out, "},\"final\":{\"bytes\":%lld,\"ms\":%.3f},\"maxrss_bytes\":%lld,\"timeline\":[",
            (long long)mem_current(m), mem_elapsed_ms(m), (long long)os_maxrss_bytes());
    uint32_t len = 0;
    const MemSample *samples = mem_timeline(m, &len);
    for (uint32_t i = 0; i < len; i++)
        fprintf(out, "%s{\"ms\":%.3f,\"bytes\":%lld,\"stage\":\"%s\"}", i ? "," : "", samples[i].ms,
                (long long)samples[i].bytes, mem_stage_name(samples[i].stage));
    fprintf(out, "]}\n");
}
