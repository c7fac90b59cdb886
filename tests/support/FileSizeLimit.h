#pragma once

#include <csignal>
#include <functional>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace rolelens::testing {

// Runs `body` in a child process whose files may not grow beyond `bytes` (a full disk, as
// far as the program can tell; tests run as root, where permissions stop nothing). The
// child cannot print, since its output is a file under the same limit: it answers with
// its exit code. Returns what `body` returned, or false if the child did not exit.
inline bool withFileSizeLimit(rlim_t bytes, const std::function<bool()> &body)
{
    const pid_t child = fork();
    if (child == -1) {
        return false;
    }
    if (child == 0) {
        signal(SIGXFSZ, SIG_IGN);
        const rlimit limit{bytes, bytes};
        setrlimit(RLIMIT_FSIZE, &limit);
        _exit(body() ? 0 : 1);
    }
    int status = 0;
    waitpid(child, &status, 0);
    return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

} // namespace rolelens::testing
