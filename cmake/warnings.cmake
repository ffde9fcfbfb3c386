# assure_warnings(target): the project's warning set; warnings are errors when CI=true.
function(assure_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wconversion
                                           -Wsign-conversion -Wnon-virtual-dtor)
  if("$ENV{CI}" STREQUAL "true" OR ASSURE_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()
