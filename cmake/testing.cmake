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

# assure_backend_test(NAME SOURCES s... LIBS t...): one GoogleTest binary holding the storage suite,
# whose tests are instantiated once per backend (Sqlite/..., Postgres/...). CTest registers the
# Sqlite/* tests with label sqlite and the Postgres/* tests with label postgres; without
# ASSURE_TEST_POSTGRES_URL the postgres ones skip, saying why.
function(assure_backend_test name)
  cmake_parse_arguments(ARG "" "" "SOURCES;LIBS" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE ${ARG_LIBS} assure_testing GTest::gtest GTest::gmock
                                        GTest::gtest_main)
  assure_warnings(${name})
  gtest_discover_tests(${name} TEST_FILTER "Sqlite/*" TEST_LIST ${name}_sqlite
                       PROPERTIES LABELS sqlite DISCOVERY_TIMEOUT 60)
  gtest_discover_tests(${name} TEST_FILTER "Postgres/*" TEST_LIST ${name}_postgres
                       PROPERTIES LABELS postgres DISCOVERY_TIMEOUT 60)
endfunction()
