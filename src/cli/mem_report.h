// mem_report: --mem-report, the tables of the rolldown memory study for any bale run.
//
// Reads the tracker (peak heap, when and in which stage it was reached, the breakdown by
// component, by stage and by block size at that moment, the heap timeline) and the OS's own
// high-water mark (getrusage ru_maxrss), and prints them as text tables or as one JSON object.
// Call once the worker threads are idle. Module prefix: mem_report_.
#ifndef BALE_CLI_MEM_REPORT_H
#define BALE_CLI_MEM_REPORT_H

#include <stdio.h>

#include "base/mem.h"

void mem_report_print_text(Mem *m, FILE *out);
void mem_report_print_json(Mem *m, FILE *out);

#endif
