// The assure command: the composition root's entry point. The real clock is made here and
// nowhere else; everything below takes it as a core::Clock.
#include <cstdio>
#include <exception>

#include "cli/commands.h"
#include "core/clock.h"

int main(int argc, char** argv) {
  try {
    const assure::core::SystemClock clock;
    return assure::cli::Run(argc, argv, clock);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "assure: unexpected failure: %s\n", e.what());
    return 70;
  }
}
