#pragma once

namespace rolelens {

// Process exit codes, documented in the README; scripts depend on them.
enum ExitCode : int {
    ExitOk = 0,
    ExitFailure = 1,     // the window could not start (no display)
    ExitUsage = 2,       // wrong command line: unknown command, option or role, wrong count
    ExitInvalidData = 3, // a catalog (or scenario) file is invalid
    ExitWriteFailed = 4, // an output file could not be written
};

} // namespace rolelens
