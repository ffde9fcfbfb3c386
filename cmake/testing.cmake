# assure_test(NAME LABELS l... SOURCES s... LIBS t...): one GoogleTest binary, each test registered
# with CTest under the given labels (unit, sqlite, postgres, http, browser).
function(assure_test name)
  cmake_parse_arguments(ARG "" "" "LABELS;SOURCES;LIBS" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE ${ARG_LIBS} assure_testing GTest::gtest GTest::gmock
                                        GTest::gtest_main)
  assure_warnings(${name})
  gtest_discover_tests(${name} PROPERTIES LABELS "${ARG_LABELS}" DISCOVERY_TIMEOUT 60)
endfunction()
