#include <stddef.h>
#include <stdint.h>

/// libFuzzer's driver (compiler-rt, FuzzerDriver.cpp): runs the fuzzing loop
/// with `callback` as the target. SwiftPM names an executable's entry point
/// `<module>_main`, so the target calls this instead of using libFuzzer's own
/// `main`.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
