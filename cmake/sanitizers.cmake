# Sanitizers apply to every target of the build (debug preset: ASan + UBSan; tsan preset: TSan).
if(ASSURE_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all)
  add_link_options(-fsanitize=address,undefined)
  # Executables of this build (tests, and the server they run) are linked at a fixed address: a
  # position-independent one would have the loader apply some twelve million relocations of
  # UBSan's check data at every start, a second and more for each of the thousands of tests that
  # CTest runs one process each. This build is for tests only; the release build stays PIE.
  add_link_options("$<$<STREQUAL:$<TARGET_PROPERTY:TYPE>,EXECUTABLE>:-no-pie>")
endif()
if(ASSURE_TSAN)
  add_compile_options(-fsanitize=thread -fno-omit-frame-pointer)
  add_link_options(-fsanitize=thread)
endif()
