// measure: run one command as a child process and report what the OS measured.
//
//   measure OUT.json -- PROGRAM ARG...
//
// The child's stdout and stderr are inherited. After it ends, OUT.json gets
//   {"wall_us":N,"user_us":N,"sys_us":N,"maxrss_kb":N,"exit":N,"signal":N}
// wall time from CLOCK_MONOTONIC around fork/exec/wait4, CPU and peak RSS from the
// rusage that wait4() returns for the child (ru_maxrss is the high-water mark of the
// child or of any descendant it waited for, in KiB on Linux). Exit status of measure
// itself: 0 when the report was written, 125 when it could not run the child.
// Built by bench/setup.sh into bench/.cache/bin; the benchmark's own tool, not bale's.
#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static long long now_us(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (long long)ts.tv_sec * 1000000 + ts.tv_nsec / 1000;
}

static long long tv_us(struct timeval tv) {
    return (long long)tv.tv_sec * 1000000 + tv.tv_usec;
}

int main(int argc, char **argv) {
    if (argc < 4 || strcmp(argv[2], "--") != 0) {
        fprintf(stderr, "usage: measure OUT.json -- PROGRAM ARG...\n");
        return 125;
    }
    long long start = now_us();
    pid_t pid = fork();
    if (pid < 0) {
        perror("measure: fork");
        return 125;
    }
    if (pid == 0) {
        execvp(argv[3], &argv[3]);
        fprintf(stderr, "measure: cannot run %s: %s\n", argv[3], strerror(errno));
        _exit(127);
    }
    int status = 0;
    struct rusage ru;
    memset(&ru, 0, sizeof ru);
    while (wait4(pid, &status, 0, &ru) < 0) {
        if (errno != EINTR) {
            perror("measure: wait4");
            return 125;
        }
    }
    long long wall = now_us() - start;
    FILE *f = fopen(argv[1], "w");
    if (!f) {
        perror("measure: cannot write report");
        return 125;
    }
    fprintf(f, "{\"wall_us\":%lld,\"user_us\":%lld,\"sys_us\":%lld,\"maxrss_kb\":%ld,\"exit\":%d,\"signal\":%d}\n",
            wall, tv_us(ru.ru_utime), tv_us(ru.ru_stime), ru.ru_maxrss,
            WIFEXITED(status) ? WEXITSTATUS(status) : -1, WIFSIGNALED(status) ? WTERMSIG(status) : 0);
    return fclose(f) == 0 ? 0 : 125;
}
