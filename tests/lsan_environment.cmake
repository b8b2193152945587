# Read by CTest, not CMake: tests/CMakeLists.txt adds it to every test folder's
# TEST_INCLUDE_FILES, so CTest runs it before any test and the tests inherit its environment.
# LeakSanitizer reads suppressions only from LSAN_OPTIONS; this adds tests/lsan.supp (found
# beside this file, so it works from any build folder) unless the caller chose a file already.
if(NOT "$ENV{LSAN_OPTIONS}" MATCHES "suppressions=")
  if("$ENV{LSAN_OPTIONS}" STREQUAL "")
    set(ENV{LSAN_OPTIONS} "suppressions=${CMAKE_CURRENT_LIST_DIR}/lsan.supp")
  else()
    set(ENV{LSAN_OPTIONS} "suppressions=${CMAKE_CURRENT_LIST_DIR}/lsan.supp:$ENV{LSAN_OPTIONS}")
  endif()
endif()
