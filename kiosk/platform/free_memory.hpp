#pragma once
// Heap memory that the C library holds free, handed back to the system. glibc keeps freed
// blocks resident inside its heap for reuse; in a kiosk that runs for months, the free
// pieces left between long-lived blocks (each screen's text, images, draw lists) add up, and
// resident memory creeps up although the memory in use does not (measured by the live soak:
// docs/performance.md). Returning them costs a walk of the free lists, so it is done when
// nothing is being drawn, never in the middle of an animation.

namespace haven::platform {

// Gives every whole free page of the heap back to the system (glibc's malloc_trim; nothing
// elsewhere).
void return_free_memory();

} // namespace haven::platform
