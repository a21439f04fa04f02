# `cmake --install`: the command, its man page and Makefile fragment, and the
# stages as libraries with their headers and a CMake package, so that another
# C++ program can do
#   find_package(verbatim REQUIRED)
#   target_link_libraries(app PRIVATE verbatim::verbatim)
# and call readRawRecord, writeAkn, checkAkn, writeEpub, writeTei.
include(CMakePackageConfigHelpers)

set(VERBATIM_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/verbatim)
set(verbatim_stages verbatim_core verbatim_raw verbatim_validate verbatim_akn verbatim_epub
    verbatim_tei verbatim_schemas)

# Every stage at once, exported as verbatim::verbatim.
add_library(verbatim_library INTERFACE)
target_link_libraries(verbatim_library INTERFACE ${verbatim_stages})
set_target_properties(verbatim_library PROPERTIES EXPORT_NAME verbatim)
foreach(stage ${verbatim_stages})
  string(REPLACE "verbatim_" "" short ${stage})
  set_target_properties(${stage} PROPERTIES EXPORT_NAME ${short})  # verbatim::raw, …
endforeach()

# The libraries of a sanitized build need the sanitizers' runtime in whatever
# links them (the install test builds a consumer in `make asan` too).
if(VERBATIM_SANITIZE)
  target_link_options(verbatim_core INTERFACE -fsanitize=address,undefined)
endif()

install(TARGETS ${verbatim_stages} verbatim_library EXPORT verbatimTargets
        ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
        INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/verbatim)
install(DIRECTORY converters/ DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/verbatim
        FILES_MATCHING PATTERN "*.hpp" PATTERN "cli" EXCLUDE)
install(EXPORT verbatimTargets NAMESPACE verbatim:: DESTINATION ${VERBATIM_CMAKE_DIR})

configure_package_config_file(cmake/verbatimConfig.cmake.in
  ${CMAKE_CURRENT_BINARY_DIR}/verbatimConfig.cmake INSTALL_DESTINATION ${VERBATIM_CMAKE_DIR})
write_basic_package_version_file(${CMAKE_CURRENT_BINARY_DIR}/verbatimConfigVersion.cmake
  COMPATIBILITY SameMinorVersion)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/verbatimConfig.cmake
              ${CMAKE_CURRENT_BINARY_DIR}/verbatimConfigVersion.cmake
        DESTINATION ${VERBATIM_CMAKE_DIR})

install(FILES man/verbatim.1 DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES contrib/verbatim.mk DESTINATION ${CMAKE_INSTALL_DATADIR}/verbatim)
